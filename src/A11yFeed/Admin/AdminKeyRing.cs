using A11yFeed.Storage;

namespace A11yFeed.Admin;

/// <summary>Where the data protection keys live: <c>keys/</c> in the data folder, readable by the service's user only.</summary>
internal static class AdminKeyRing
{
    public static DirectoryInfo Directory(StorageOptions storage)
    {
        var path = Path.Combine(storage.DataDirectory, "keys");
        // The keys are stored unencrypted (nothing on Linux to wrap them with): the folder's mode is their protection.
        return OperatingSystem.IsWindows()
            ? System.IO.Directory.CreateDirectory(path)
            : System.IO.Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
