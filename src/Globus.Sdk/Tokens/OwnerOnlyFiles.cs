using System.Diagnostics;
using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;

namespace Globus.Sdk.Tokens;

/// <summary>
/// Files that only their owner may read: token files, their temporary twins and their lock files.
/// Unix gets mode 0600 (0700 for directories) at creation, so there is no moment when another user
/// could open the file; Windows gets an ACL that grants the current user alone full control, with
/// inheritance from the folder cut, for the same reason.
/// </summary>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    // Long enough for another process to finish many read-modify-writes; short enough to report a stuck lock.
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How files are protected on a platform; tests check the choice for the platform they do not run on.</summary>
    internal enum Protection
    {
        UnixMode,
        WindowsAcl,
    }

    internal static Protection ProtectionFor(bool isWindows) => isWindows ? Protection.WindowsAcl : Protection.UnixMode;

    /// <summary>Creates a folder and any missing parents, each readable by the current user only.</summary>
    public static void CreateDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            // Under %LOCALAPPDATA% the folder inherits the user profile's owner-only ACL.
            Directory.CreateDirectory(directory);
        }
        else
        {
            // Directory.CreateDirectory(path, mode) gives the mode to the last folder only, and its missing
            // parents the default 0755: each folder the SDK makes is created here, outermost first, as 0700.
            var missing = new Stack<string>();
            for (var folder = Path.GetFullPath(directory); !Directory.Exists(folder); folder = Path.GetDirectoryName(folder)!)
            {
                missing.Push(folder);
            }

            while (missing.TryPop(out var folder))
            {
                Directory.CreateDirectory(folder, OwnerDirectory);
            }
        }
    }

    /// <summary>Creates a new file that only the current user can open, failing if it exists.</summary>
    public static FileStream CreateNew(string path) => OpenExclusive(path, FileMode.CreateNew);

    /// <summary>Opens with no sharing (other openers fail until this one closes), creating the file owner-only if needed.</summary>
    private static FileStream OpenExclusive(string path, FileMode mode) =>
        OperatingSystem.IsWindows()
            ? CreateWithAcl(path, mode, FileShare.None)
            : new FileStream(path, new FileStreamOptions
            {
                Mode = mode,
                Access = FileAccess.ReadWrite,
                Share = FileShare.None,
                UnixCreateMode = OwnerReadWrite,
            });

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> so that readers see the old file or
    /// the new one, never a mix: the bytes go to a temporary file in the same folder, reach the disk, and
    /// the temporary file is renamed over the target (an atomic replace on one file system).
    /// </summary>
    public static void ReplaceAtomically(string path, ReadOnlySpan<byte> content, Action<string>? beforeRename)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = CreateNew(temporary))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            beforeRename?.Invoke(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Takes an exclusive lock on <paramref name="lockPath"/>, which other processes honour as well
    /// (an open with no sharing: <c>flock</c> on Unix, a share-mode lock on Windows), retrying with a
    /// growing, jittered delay while another holder has it.
    /// </summary>
    /// <exception cref="TokenStorageException">The lock was not free within 30 seconds.</exception>
    public static async Task<FileStream> LockAsync(string lockPath, string tokenFile, CancellationToken cancellationToken)
    {
        CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        var waited = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(1);
        while (true)
        {
            try
            {
                return OpenExclusive(lockPath, FileMode.OpenOrCreate);
            }
            catch (IOException) when (waited.Elapsed < LockTimeout)
            {
                // Jitter keeps two waiting processes from retrying in lockstep.
                await Task.Delay(delay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 3)), cancellationToken).ConfigureAwait(false);
                // Capped low: locks are held for milliseconds, and a long sleep would idle past a free lock.
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 8));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new TokenStorageException($"The token file '{tokenFile}' could not be locked for writing (lock file '{lockPath}').", tokenFile, e);
            }
        }
    }

    [SupportedOSPlatform("windows")]
    private static FileStream CreateWithAcl(string path, FileMode mode, FileShare share)
    {
        var user = WindowsIdentity.GetCurrent().User!;
        var security = new FileSecurity();
        security.SetOwner(user);
        security.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
        security.AddAccessRule(new FileSystemAccessRule(user, FileSystemRights.FullControl, AccessControlType.Allow));
        return new FileInfo(path).Create(mode, FileSystemRights.Read | FileSystemRights.Write, share, 4096, FileOptions.None, security);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless: it has a random name and owner-only access.
        }
    }
}
