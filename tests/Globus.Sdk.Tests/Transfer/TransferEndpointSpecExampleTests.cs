using System.Text.RegularExpressions;
using Globus.Sdk.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// The C# example in the description of every endpoint and filesystem operation of specs/transfer.yaml
/// (they become the methods' XML documentation) compiles against the SDK without warnings, so a
/// retired method's example shows its suppression and no example names a member that does not exist.
/// </summary>
public partial class TransferEndpointSpecExampleTests
{
    // The operations of the "endpoints and filesystem" block; other blocks' examples assume other variables.
    private static readonly string[] Operations =
    [
        "get_endpoint", "update_endpoint", "delete_endpoint", "create_endpoint", "endpoint_search", "set_subscription_id",
        "set_subscription_admin_verified", "my_effective_pause_rule_list", "my_shared_endpoint_list", "get_shared_endpoint_list",
        "create_shared_endpoint", "endpoint_server_list", "get_endpoint_server", "add_endpoint_server", "update_endpoint_server",
        "delete_endpoint_server", "endpoint_role_list", "add_endpoint_role", "get_endpoint_role", "delete_endpoint_role",
        "endpoint_acl_list", "get_endpoint_acl_rule", "add_endpoint_acl_rule", "update_endpoint_acl_rule", "delete_endpoint_acl_rule",
        "bookmark_list", "create_bookmark", "get_bookmark", "update_bookmark", "delete_bookmark", "endpoint_autoactivate",
        "endpoint_deactivate", "endpoint_activate", "endpoint_get_activation_requirements", "operation_ls", "operation_mkdir",
        "operation_rename", "operation_symlink", "operation_stat",
    ];

    // What the examples take as given; members, so an example may declare a local of the same name.
    private const string Prelude = SdkReferences.ImplicitUsings + """

        global using Globus.Sdk;
        global using Globus.Sdk.Transfer;
        global using static Given;

        static class Given
        {
            public static TransferClient transferClient = new();
            public static string endpointId = "ep", hostEndpointId = "host", collectionId = "c", otherCollectionId = "c2";
            public static string identityId = "u", roleId = "r", ruleId = "a", bookmarkId = "b";
            public static long taskSeconds = 60, marginSeconds = 60;
        }
        """;

    private static Dictionary<string, string> Descriptions()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryFiles.PathOf("specs", "transfer.yaml"))));
        var paths = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["paths"];
        var descriptions = new Dictionary<string, string>();
        foreach (var pathItem in paths.Children.Values.OfType<YamlMappingNode>())
        {
            foreach (var operation in pathItem.Children.Values.OfType<YamlMappingNode>())
            {
                if (operation.Children.TryGetValue("operationId", out var id) && operation.Children.TryGetValue("description", out var text))
                {
                    descriptions[((YamlScalarNode)id).Value!] = ((YamlScalarNode)text).Value!;
                }
            }
        }

        return descriptions;
    }

    public static IEnumerable<TestCaseData> Examples() =>
        Operations.Select(operation => new TestCaseData(operation).SetName($"{operation}_example_compiles"));

    // One compilation of every example, each as the body of its own method in its own file, so that a
    // pragma in one example does not reach another and the whole set compiles once.
    private static readonly Lazy<(Dictionary<string, string?> Code, List<Diagnostic> Problems)> Compiled = new(() =>
    {
        var descriptions = Descriptions();
        var code = Operations.ToDictionary(
            operation => operation,
            operation => descriptions.TryGetValue(operation, out var text) && CSharpBlock().Match(text) is { Success: true } match
                ? match.Groups["code"].Value
                : null);
        var trees = code.Where(c => c.Value is not null)
            .Select(c => CSharpSyntaxTree.ParseText($"static class Example_{c.Key}\n{{\n    static async Task Run()\n    {{\n{c.Value}\n    }}\n}}\n", path: c.Key));
        var compilation = CSharpCompilation.Create(
            "SpecExamples",
            [CSharpSyntaxTree.ParseText(Prelude), .. trees],
            SdkReferences.All(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        return (code, problems);
    });

    [TestCaseSource(nameof(Examples))]
    public void Example_compiles(string operation)
    {
        var (code, problems) = Compiled.Value;

        Assert.That(code[operation], Is.Not.Null, $"{operation} has no C# example in its description");
        var mine = problems.Where(d => d.Location.SourceTree?.FilePath == operation || d.Location.SourceTree is null).Select(d => d.ToString());
        Assert.That(mine, Is.Empty, code[operation]);
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
