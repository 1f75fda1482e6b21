namespace Globus.Sdk.Transfer;

/// <summary>
/// The Globus Connect Personal installation of the current user on this computer (the Python SDK's
/// <c>LocalGlobusConnectPersonal</c>): its endpoint id, read from its configuration. It sends no request.
/// </summary>
/// <remarks>
/// The id is read from <c>~/.globusonline/lta/client-id.txt</c> on Linux and macOS, and from
/// <c>%LOCALAPPDATA%\Globus Connect\client-id.txt</c> on Windows. It is read on first use and kept;
/// <see cref="ResetEndpointId"/> makes the next use read it again (Python's <c>del local_ep.endpoint_id</c>).
/// </remarks>
/// <example>
/// <code>
/// var local = new LocalGlobusConnectPersonal();
/// if (local.EndpointId is { } endpointId)
/// {
///     foreach (var entry in (await tc.OperationLsAsync(endpointId)).Value) Console.WriteLine(entry.Name);
/// }
/// </code>
/// </example>
public sealed class LocalGlobusConnectPersonal
{
    private readonly bool _onWindows;
    private readonly Func<string, string?> _getEnvironmentVariable;
    private readonly Func<string> _homeDirectory;
    private readonly Func<string, string?> _readFile;
    private readonly object _gate = new();
    private string? _endpointId;
    private bool _loaded;

    /// <summary>Reads the installation of the current user on this computer.</summary>
    public LocalGlobusConnectPersonal()
        : this(OperatingSystem.IsWindows(), Environment.GetEnvironmentVariable, DefaultHomeDirectory, ReadFileIfPresent)
    {
    }

    /// <summary>For tests: the platform, environment, home directory and file reading are given.</summary>
    /// <param name="onWindows">Whether to use the Windows location.</param>
    /// <param name="getEnvironmentVariable">Reads an environment variable (<c>LOCALAPPDATA</c>).</param>
    /// <param name="homeDirectory">The user's home directory (for <c>~</c>).</param>
    /// <param name="readFile">The text of a file, or null when it or its directory does not exist.</param>
    internal LocalGlobusConnectPersonal(
        bool onWindows,
        Func<string, string?> getEnvironmentVariable,
        Func<string> homeDirectory,
        Func<string, string?> readFile)
    {
        _onWindows = onWindows;
        _getEnvironmentVariable = getEnvironmentVariable;
        _homeDirectory = homeDirectory;
        _readFile = readFile;
    }

    /// <summary>
    /// The id of the local Globus Connect Personal endpoint, or null when it is not installed (set up) for
    /// this user. Read on first use, then kept.
    /// </summary>
    /// <exception cref="GlobusSdkUsageException">On Windows, <c>LOCALAPPDATA</c> is not set, so the configuration cannot be found.</exception>
    /// <exception cref="IOException">The file exists but cannot be read.</exception>
    public string? EndpointId
    {
        get
        {
            lock (_gate)
            {
                if (!_loaded)
                {
                    _endpointId = ReadEndpointId();
                    _loaded = true;
                }

                return _endpointId;
            }
        }
    }

    /// <summary>The file the endpoint id is read from on this platform.</summary>
    /// <exception cref="GlobusSdkUsageException">On Windows, <c>LOCALAPPDATA</c> is not set.</exception>
    public string ClientIdFilePath =>
        _onWindows
            ? Path.Combine(
                _getEnvironmentVariable("LOCALAPPDATA") is { Length: > 0 } appData
                    ? appData
                    : throw new GlobusSdkUsageException("LOCALAPPDATA is not set, so the Globus Connect Personal configuration cannot be found."),
                "Globus Connect",
                "client-id.txt")
            : Path.Combine(_homeDirectory(), ".globusonline", "lta", "client-id.txt");

    /// <summary>Forgets the endpoint id read so far, so that the next use of <see cref="EndpointId"/> reads it again.</summary>
    public void ResetEndpointId()
    {
        lock (_gate)
        {
            _loaded = false;
            _endpointId = null;
        }
    }

    private string? ReadEndpointId() => _readFile(ClientIdFilePath)?.Trim() is { Length: > 0 } id ? id : null;

    private static string DefaultHomeDirectory() =>
        Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home
            ? home
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    // A missing file or directory means "not installed" (null), as in Python; any other failure is raised.
    private static string? ReadFileIfPresent(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
