namespace Globus.Sdk.Tests.Support;

/// <summary>Every text an API exception renders, where a credential must never show, each named by where it is.</summary>
internal static class RenderedTexts
{
    public static List<(string Where, string? Text)> Of(GlobusApiException error)
    {
        var rendered = new List<(string Where, string? Text)>
        {
            ("Message", error.Message),
            ("ToString()", error.ToString()),
            ("ErrorMessage", error.ErrorMessage),
            ("Code", error.Code),
            ("RequestId", error.RequestId),
        };
        rendered.AddRange(error.Messages.Select(m => ("Messages", (string?)m)));
        rendered.AddRange(error.Errors.SelectMany(d => new[] { ("Errors.Message", d.Message), ("Errors.Code", d.Code), ("Errors.RequestId", d.RequestId) }));
        rendered.AddRange(error.Headers.Select(h => ($"Headers[{h.Key}]", (string?)h.Value)));
        return rendered;
    }
}
