using System.Text.Json;

namespace A11yFeed.Sources;

/// <summary>Typed, case-insensitive access to a JSON object's fields; a wrong type is reported, not thrown.</summary>
internal sealed class JsonFields(JsonElement element, string prefix, Action<string, string> problem)
{
    public void ReportUnknown(IEnumerable<string> known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                problem(prefix + property.Name, "is not a known field (check the spelling)");
            }
        }
    }

    public string? String(string name) =>
        Get(name, JsonValueKind.String, "a string") is { } value ? value.GetString() : null;

    public bool? Bool(string name)
    {
        if (!TryFind(name, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        problem(prefix + name, "must be true or false");
        return null;
    }

    public int? Int(string name)
    {
        if (Get(name, JsonValueKind.Number, "a whole number") is not { } value)
        {
            return null;
        }

        if (value.TryGetInt32(out var number))
        {
            return number;
        }

        problem(prefix + name, "must be a whole number");
        return null;
    }

    public double? Double(string name) =>
        Get(name, JsonValueKind.Number, "a number") is { } value ? value.GetDouble() : null;

    public JsonElement? Object(string name) => Get(name, JsonValueKind.Object, "an object");

    private JsonElement? Get(string name, JsonValueKind kind, string description)
    {
        if (!TryFind(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != kind)
        {
            problem(prefix + name, $"must be {description}");
            return null;
        }

        return value;
    }

    // A null value means "use the default", the same as leaving the field out.
    private bool TryFind(string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
