using A11yFeed.Storage;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

/// <summary>A process that runs less than everything needs a database other processes can share.</summary>
internal sealed class JobsRoleValidation(IOptions<StorageOptions> storage) : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options) =>
        options.Role != JobsRole.All && !storage.Value.IsPostgres
            ? ValidateOptionsResult.Fail(
                $"Jobs:Role={options.Role} needs Storage:Provider=Postgres: with the embedded SQLite database one process does everything, so only Jobs:Role=All is valid.")
            : ValidateOptionsResult.Success;
}
