using System;
using System.Collections.Immutable;
using System.Linq;
using Globus.Sdk.Generator.Emitting;
using Globus.Sdk.Generator.Model;
using Globus.Sdk.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Globus.Sdk.Generator;

/// <summary>
/// Turns each <c>specs/*.yaml</c> AdditionalFile into a service client, its exception type, its
/// scopes class, and a record, a JSON converter and a type-info entry per schema. Wiring only: <see cref="SpecParser"/> reads, the emitters write.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GlobusClientGenerator : IIncrementalGenerator
{
    /// <summary>The names of the pipeline's steps, which tests read to prove caching.</summary>
    public static class Steps
    {
        public const string Parse = "Parse";
        public const string Resolve = "Resolve";
        public const string Emit = "Emit";
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) =>
                SpecParser.Parse(text.Path, text.GetText(cancellationToken)?.ToString() ?? "", cancellationToken))
            .WithTrackingName(Steps.Parse);

        context.RegisterSourceOutput(parsed, static (output, result) => Report(output, result.Diagnostics));

        var clients = parsed
            .Where(static result => result.Service is not null)
            .Select(static (result, _) => result.Service!)
            .Combine(context.CompilationProvider)
            .Select(static (pair, _) => LibraryTypes.Resolve(pair.Left, pair.Right))
            .WithTrackingName(Steps.Resolve);

        var files = clients
            .Select(static (client, _) => Emit(client))
            .WithTrackingName(Steps.Emit);

        context.RegisterSourceOutput(files, static (output, emitted) =>
        {
            Report(output, emitted.Diagnostics);
            foreach (var file in emitted.Files)
            {
                output.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }
        });
    }

    private static EmittedService Emit(ClientModel client)
    {
        var files = new[]
        {
            ClientEmitter.EmitClient(client),
            ClientEmitter.EmitException(client.Service),
            ScopesEmitter.Emit(client.Service),
            PaginatedEmitter.Emit(client),
        };
        var models = client.Service.Schemas.SelectMany(schema => new[]
        {
            ModelEmitter.Emit(client.Service, schema),
            ConverterEmitter.Emit(client.Service, schema),
            schema.IsRequest ? BodyEmitter.EmitRequestModel(client.Service, schema) : null,
        });
        return new EmittedService(
            files.Concat(models).Append(JsonContextEmitter.Emit(client.Service)).OfType<GeneratedFile>().ToEquatableArray(),
            client.Diagnostics);
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private sealed record EmittedService(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);
}
