using System;
using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Emitting;
using Globus.Sdk.Generator.Model;
using Globus.Sdk.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Globus.Sdk.Generator;

/// <summary>
/// Turns each <c>specs/*.yaml</c> AdditionalFile into its clients, its exception type, its scopes
/// class, and a record, a JSON converter and a type-info entry per schema. Wiring only:
/// <see cref="SpecParser"/> reads, <see cref="GeneratedTypes"/> settles names across specs, the emitters write.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GlobusClientGenerator : IIncrementalGenerator
{
    /// <summary>The names of the pipeline's steps, which tests read to prove caching.</summary>
    public static class Steps
    {
        public const string Parse = "Parse";
        public const string Claims = "Claims";
        public const string Conflicts = "Conflicts";
        public const string ImplicitNames = "ImplicitNames";
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

        var services = parsed
            .Where(static result => result.Service is not null)
            .Select(static (result, _) => result.Service!);

        var claims = services
            .Select(static (service, _) => (Claims: GeneratedTypes.Of(service), service.ClientName))
            .WithTrackingName(Steps.Claims);

        // Names are settled across every spec at once: two specs may share a namespace.
        var conflicts = claims
            .Collect()
            .Select(static (all, _) => GeneratedTypes.Conflicts(all.Select(c => c.Claims)))
            .WithTrackingName(Steps.Conflicts);

        // One report per place: a schema that loses its name loses its converter's name with it.
        context.RegisterSourceOutput(conflicts, static (output, found) => Report(
            output,
            found.GroupBy(c => (c.Loser.Location.FilePath, c.Loser.Location.Start)).Select(g => ToDiagnostic(g.First())).ToEquatableArray()));

        var implicitNames = claims
            .Combine(context.CompilationProvider)
            .Select(static (pair, _) => LibraryTypes.Clashes(pair.Left.Claims, pair.Left.ClientName, pair.Right))
            .WithTrackingName(Steps.ImplicitNames);

        context.RegisterSourceOutput(implicitNames, static (output, diagnostics) => Report(output, diagnostics));

        var files = services
            .Combine(conflicts)
            .Select(static (pair, _) => Emit(pair.Left, pair.Right))
            .WithTrackingName(Steps.Emit);

        context.RegisterSourceOutput(files, static (output, emitted) =>
        {
            foreach (var file in emitted)
            {
                output.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }
        });
    }

    private static EquatableArray<GeneratedFile> Emit(ServiceModel service, EquatableArray<TypeConflict> conflicts)
    {
        var skipped = new HashSet<(string, int)>(conflicts
            .Where(c => c.Loser.Location.FilePath == service.FilePath)
            .Select(c => (c.Loser.Name, c.Loser.Location.Start)));
        bool Kept(string name, SpecLocation where) => !skipped.Contains((name, where.Start));
        var primary = service.Clients[0].Location;

        var files = new List<GeneratedFile?>();
        foreach (var client in service.Clients.Where(c => Kept(c.Name, c.Location)))
        {
            files.Add(ClientEmitter.EmitClient(service, client));
            if (Kept(GeneratedTypes.PaginatedName(client.Name), client.Location))
            {
                files.Add(PaginatedEmitter.Emit(service, client));
            }
        }

        if (Kept(service.ErrorName, primary))
        {
            files.Add(ClientEmitter.EmitException(service));
        }

        if (service.Scopes is { } scopes && Kept(scopes.ClassName, primary))
        {
            files.Add(ScopesEmitter.Emit(service));
        }

        foreach (var schema in service.Schemas)
        {
            if (Kept(schema.CSharpName, schema.Location) && Kept(GeneratedTypes.ConverterName(schema.CSharpName), schema.Location))
            {
                files.Add(ModelEmitter.Emit(service, schema));
                files.Add(ConverterEmitter.Emit(service, schema));
            }
        }

        foreach (var model in EnumModel.Of(service).Where(e => Kept(e.Name, e.Location)))
        {
            files.Add(EnumEmitter.Emit(service, model));
        }

        if (Kept(service.JsonContextName, primary))
        {
            files.Add(JsonContextEmitter.Emit(service));
        }

        return files.OfType<GeneratedFile>().ToEquatableArray();
    }

    private static DiagnosticInfo ToDiagnostic(TypeConflict conflict)
    {
        var winner = conflict.Winner;
        var where = winner.Location.FilePath == conflict.Loser.Location.FilePath
            ? $"line {winner.Location.StartLine + 1}"
            : System.IO.Path.GetFileName(winner.Location.FilePath);
        return Diagnostics.Info(
            Diagnostics.TypeNameCollision, conflict.Loser.Location, conflict.Loser.What, conflict.Loser.Name, conflict.Loser.Namespace,
            $"{char.ToLowerInvariant(winner.What[0])}{winner.What.Substring(1)} ({where})");
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
