namespace Globus.Sdk.Generator.Model;

/// <summary>A place in a spec file, held as plain numbers so diagnostics stay value-equatable.</summary>
internal sealed record SpecLocation(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static SpecLocation FileStart(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);
}

/// <summary>A diagnostic to report: the descriptor's id, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, SpecLocation Location, EquatableArray<string> Arguments);
