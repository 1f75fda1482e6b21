namespace Globus.Sdk.Tokens;

/// <summary>
/// The v3.0 Python SDK's <c>SimpleJSONFileAdapter</c>: tokens in a JSON file, created readable by its
/// owner only. A thin name over <see cref="JsonTokenStorage"/>, so it shares that storage's atomic,
/// locked writes.
/// </summary>
/// <remarks>
/// It reads the 1.0 files v3.0 wrote and writes format 2.0 (the <c>DEFAULT</c> namespace), which Python's
/// current <c>JSONTokenStorage</c> reads but v3.0's adapter does not.
/// </remarks>
public class SimpleJsonFileAdapter : FileAdapter
{
    /// <summary>Creates the adapter over a file, which is created on the first write.</summary>
    /// <param name="filename">The file to write to and read from.</param>
    /// <exception cref="ArgumentException"><paramref name="filename"/> is null or empty.</exception>
    public SimpleJsonFileAdapter(string filename)
        : base(new JsonTokenStorage(filename))
    {
        Filename = ((JsonTokenStorage)Storage).Filename;
    }

    /// <summary>The token file, as a full path.</summary>
    public string Filename { get; }

    /// <summary>Whether the token file exists, that is whether tokens were stored before (Python's <c>file_exists()</c>).</summary>
    /// <returns>True when the file exists.</returns>
    public bool FileExists() => File.Exists(Filename);

    /// <inheritdoc/>
    public override string ToString() => $"{nameof(SimpleJsonFileAdapter)}(file: {Filename})";
}
