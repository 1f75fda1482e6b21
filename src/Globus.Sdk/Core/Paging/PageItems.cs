using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk;

/// <summary>
/// Where a page keeps its items (the spec's <c>x-globus-items</c>) and how one item is read, so that an
/// item walk can decode each item straight from the page's body, one at a time, without building the page.
/// </summary>
/// <typeparam name="TItem">The items of a page.</typeparam>
internal sealed class PageItems<TItem>
{
    private readonly JsonConverter<TItem> _converter;
    private readonly JsonSerializerOptions _options;

    /// <summary>Describes the items of a page.</summary>
    /// <param name="key">The wire name of the page's items array.</param>
    /// <param name="typeInfo">How to read one item; the same description the page's own converter reads it with.</param>
    /// <param name="fetchedBy">The client whose operation fetches each page.</param>
    public PageItems(string key, JsonTypeInfo<TItem> typeInfo, BaseClient fetchedBy)
    {
        Key = key;
        // A client of a type defined elsewhere (a caller's subclass, a mocking proxy) may override the operation
        // and keep the responses it returns, so their bodies are never given back.
        ReleasesPages = fetchedBy.GetType().Assembly == typeof(PageItems<TItem>).Assembly;
        KeyUtf8 = Encoding.UTF8.GetBytes(key);
        _converter = (JsonConverter<TItem>)typeInfo.Converter;
        _options = typeInfo.Options;
        ReaderOptions = new JsonReaderOptions
        {
            AllowTrailingCommas = _options.AllowTrailingCommas,
            CommentHandling = _options.ReadCommentHandling,
            MaxDepth = _options.MaxDepth,
        };
    }

    /// <summary>
    /// True when the pages come straight from the SDK's own operation, so nobody but the walk holds them and a
    /// finished page's pooled body pieces can be given back.
    /// </summary>
    public bool ReleasesPages { get; }

    /// <summary>The wire name of the items array.</summary>
    public string Key { get; }

    /// <summary><see cref="Key"/> as UTF-8, to match against the body without making strings.</summary>
    public byte[] KeyUtf8 { get; }

    /// <summary>The reader options the typed page would be read with, so both reads accept the same bodies.</summary>
    public JsonReaderOptions ReaderOptions { get; }

    /// <summary>Reads one item; the reader is on its first token and is left on its last.</summary>
    /// <remarks>The converter is called directly, as the page's converter does, so a JSON <c>null</c> item is refused in both reads.</remarks>
    public TItem Read(ref Utf8JsonReader reader) => _converter.Read(ref reader, typeof(TItem), _options)!;
}
