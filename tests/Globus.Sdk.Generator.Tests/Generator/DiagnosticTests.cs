using Globus.Sdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Globus.Sdk.Generator.Tests.Generator;

/// <summary>Each spec mistake is one diagnostic with its id, severity, file and line; the generator never throws.</summary>
public class DiagnosticTests
{
    private const string Path = "/specs/broken.yaml";

    // Line numbers below are 1-based, as an editor shows them.
    private const string Valid = """
        openapi: 3.0.3
        info: {title: Broken, version: v1}
        x-globus-service: broken
        x-globus-client: BrokenClient
        x-globus-error: BrokenApiException
        x-globus-namespace: Globus.Sdk.Broken
        paths:
          /v1/thing/{thing_id}:
            get:
              operationId: get_thing
              summary: Get a thing.
              x-globus-paging: {style: offset-has-next, page-size: 10}
              parameters:
                - {name: thing_id, in: path, required: true, schema: {type: string}}
                - {name: verbose, in: query, x-globus-encoding: True|False, schema: {type: boolean}}
                - {name: limit, in: query, schema: {type: integer}}
                - {name: offset, in: query, schema: {type: integer}}
              responses:
                '200':
                  description: The thing.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Thing'}
        components:
          schemas:
            Thing:
              type: object
              x-globus-items: things
              properties:
                id: {type: string}
                things: {type: array, items: {type: string}}
        """;

    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string from, string to, string id, int line) =>
            new TestCaseData(Valid.Replace(from, to), id, line).SetName($"{id}_{name}");

        yield return Case("yaml_syntax_error", "    get:\n", "    get: [unclosed\n", "GLOBUS001", 10);
        yield return Case("missing_service_key", "x-globus-client: BrokenClient\n", "", "GLOBUS002", 1);
        yield return Case("missing_operationId", "      operationId: get_thing\n", "", "GLOBUS003", 10);
        yield return Case("unknown_ref", "schemas/Thing'", "schemas/Nothing'", "GLOBUS005", 23);
        yield return Case("unknown_paging_style", "style: offset-has-next", "style: page-number", "GLOBUS006", 12);
        yield return Case("undeclared_path_parameter", "/v1/thing/{thing_id}:", "/v1/thing/{thing_id}/{part}:", "GLOBUS007", 8);
        yield return Case("implicit_type_name", "    Thing:\n", "    Task:\n", "GLOBUS008", 26);
        yield return Case("property_AdditionalProperties", "        id: {type: string}", "        additional_properties: {type: string}", "GLOBUS009", 30);
        yield return Case("property_named_as_its_model", "        id: {type: string}", "        thing: {type: string}", "GLOBUS018", 30);
        yield return Case("unsupported_schema_construct", "        id: {type: string}", "        id: {allOf: [{type: string}]}", "GLOBUS017", 30);
        yield return Case("enum_of_integers", "        id: {type: string}", "        id: {type: integer, enum: [1, 2]}", "GLOBUS017", 30);
        yield return Case("inline_object_with_properties", "        id: {type: string}", "        id: {type: object, properties: {a: {type: string}}}", "GLOBUS017", 30);
        yield return Case("boolean_without_encoding", " x-globus-encoding: True|False,", "", "GLOBUS010", 15);
        yield return Case("csharp_type_on_an_integer", "{name: limit, in: query, schema: {type: integer}}", "{name: limit, in: query, x-globus-csharp-type: Globus.Sdk.Transfer.TransferFilter, schema: {type: integer}}", "GLOBUS012", 16);
        yield return Case("csharp_type_without_namespace", "{name: limit, in: query, schema: {type: integer}}", "{name: filter, in: query, x-globus-csharp-type: TransferFilter, schema: {type: string}}", "GLOBUS012", 16);
        yield return Case("unknown_ref_in_a_property_named_example", "        id: {type: string}", "        example: {$ref: '#/components/schemas/Nothing'}", "GLOBUS005", 30);
        yield return Case("ref_to_another_file", "$ref: '#/components/schemas/Thing'", "$ref: 'thing.yaml#/components/schemas/Thing'", "GLOBUS005", 23);
        yield return Case("unknown_x_globus_key", "      summary: Get a thing.\n", "      summary: Get a thing.\n      x-globus-handwritten: true\n", "GLOBUS020", 12);
        yield return Case("paging_not_a_mapping", "x-globus-paging: {style: offset-has-next, page-size: 10}", "x-globus-paging: offset-has-next", "GLOBUS021", 12);
        yield return Case(
            "path_parameter_not_in_the_path",
            "        - {name: verbose,",
            "        - {name: part, in: path, required: true, schema: {type: string}}\n        - {name: verbose,",
            "GLOBUS022",
            15);
        yield return Case("client_with_an_http_base_url", "x-globus-namespace: Globus.Sdk.Broken\n", "x-globus-namespace: Globus.Sdk.Broken\nx-globus-clients: {OtherClient: {arguments: [{name: host}], base-url: 'http://{host}/'}}\n", "GLOBUS023", 7);
        yield return Case("client_base_url_with_an_unknown_argument", "x-globus-namespace: Globus.Sdk.Broken\n", "x-globus-namespace: Globus.Sdk.Broken\nx-globus-clients: {OtherClient: {base-url: 'https://{host}/'}}\n", "GLOBUS023", 7);
        yield return Case("client_scope_over_an_unknown_argument", "x-globus-namespace: Globus.Sdk.Broken\n", "x-globus-namespace: Globus.Sdk.Broken\nx-globus-clients: {OtherClient: {arguments: [{name: flow_id}], scopes: {user: {template: 'https://x/{flow}'}}}}\n", "GLOBUS023", 7);
        yield return Case("operation_servers", "      summary: Get a thing.\n", "      summary: Get a thing.\n      servers: [{url: 'https://elsewhere.example.org/'}]\n", "GLOBUS026", 12);
        yield return Case("operation_of_an_unknown_client", "      summary: Get a thing.\n", "      summary: Get a thing.\n      x-globus-client: OtherClient\n", "GLOBUS024", 12);
        yield return Case("schema_named_as_the_client", "    Thing:\n", "    Thing:\n      x-globus-csharp-name: BrokenClient\n", "GLOBUS025", 26);
        yield return Case("unknown_encoding", " x-globus-encoding: True|False, schema: {type: boolean}}", " x-globus-encoding: base64, schema: {type: string}}", "GLOBUS012", 15);
        yield return Case("header_parameter", "in: query, x-globus-encoding: True|False, schema: {type: boolean}", "in: header, schema: {type: string}", "GLOBUS012", 15);
        yield return Case(
            "duplicate_operation",
            "components:\n",
            "  /v1/thing2:\n    get:\n      operationId: get_thing\n      responses: {'200': {description: Again.}}\ncomponents:\n",
            "GLOBUS004",
            26);
        yield return Case(
            "body_without_x_globus_body",
            "      responses:\n",
            "      requestBody:\n        content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}\n      responses:\n",
            "GLOBUS011",
            19);
        yield return Case(
            "form_encoded_body",
            "      responses:\n",
            "      requestBody:\n        x-globus-body: {argument: data}\n        content: {application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Thing'}}}\n      responses:\n",
            "GLOBUS011",
            20);
        yield return new TestCaseData(
                Valid
                    .Replace("      responses:\n", "      requestBody:\n        x-globus-body: {arguments: [grid]}\n        content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}\n      responses:\n")
                    .Replace("        id: {type: string}", "        id: {type: string}\n        grid: {type: array, items: {type: array, items: {type: string}}}"),
                "GLOBUS011",
                19)
            .SetName("GLOBUS011_body_argument_that_is_a_list_of_lists");
        yield return Case("paging_in_a_header", "page-size: 10}", "page-size: 10, in: header}", "GLOBUS014", 12);
        yield return Case("page_size_not_a_number", "page-size: 10}", "page-size: many}", "GLOBUS014", 12);
        yield return Case("paging_without_offset", "        - {name: offset, in: query, schema: {type: integer}}\n", "", "GLOBUS015", 12);
        yield return Case("paging_with_a_required_limit", "{name: limit, in: query,", "{name: limit, in: query, required: true,", "GLOBUS015", 12);
        yield return Case("paged_response_without_items", "      x-globus-items: things\n", "", "GLOBUS016", 12);
        yield return Case(
            "enum_name_taken_by_other_values",
            "        things: {type: array, items: {type: string}}",
            "        things: {type: array, items: {type: string}}\n        a: {type: string, enum: [x, y], x-globus-enum-name: Kind}\n        b: {type: string, enum: [z], x-globus-enum-name: Kind}",
            "GLOBUS019",
            33);
        yield return Case("enum_name_not_an_identifier", "        id: {type: string}", "        id: {type: string, enum: [x], x-globus-enum-name: 2-Kind}", "GLOBUS019", 30);
        yield return Case(
            "enum_name_not_an_identifier_shared_with_an_earlier_property",
            "        things: {type: array, items: {type: string}}",
            "        things: {type: array, items: {type: string}}\n        kind: {type: string, enum: [x]}\n        sort: {type: string, enum: [x], x-globus-enum-name: 2-Kind}",
            "GLOBUS019",
            33);
        yield return Case("enum_name_on_a_list", "things: {type: array, items: {type: string}}", "things: {type: array, items: {type: string, enum: [x]}, x-globus-enum-name: Kind}", "GLOBUS019", 31);
        yield return Case("deprecated_without_obsolete_id", "      summary: Get a thing.\n", "      summary: Get a thing.\n      deprecated: true\n", "GLOBUS013", 12);
    }

    [Test]
    public void The_valid_spec_has_no_diagnostics() =>
        Assert.That(GeneratorHarness.DiagnosticsFor(Valid), Is.Empty);

    [Test]
    public void A_query_value_type_named_by_the_spec_is_supported() =>
        Assert.That(
            GeneratorHarness.DiagnosticsFor(Valid.Replace(
                "        - {name: offset,",
                "        - {name: filter, in: query, x-globus-csharp-type: Globus.Sdk.Transfer.TransferFilter, schema: {type: string}}\n        - {name: offset,")),
            Is.Empty);

    [Test]
    public void A_query_value_type_on_another_type_says_what_it_needs()
    {
        var spec = Valid.Replace("{name: limit, in: query, schema: {type: integer}}", "{name: limit, in: query, x-globus-csharp-type: Globus.Sdk.Transfer.TransferFilter, schema: {type: integer}}");

        var diagnostic = GeneratorHarness.DiagnosticsFor(spec).Single(d => d.Id == "GLOBUS012");

        Assert.That(diagnostic.GetMessage(), Does.Contain("schema {type: string}"));
    }

    [TestCase("/v1/thing/{thing_id}:", "/v1/thing/{thing_id}/{part}:", "GLOBUS007")]
    [TestCase("      summary: Get a thing.\n", "      summary: Get a thing.\n      x-globus-client: OtherClient\n", "GLOBUS024")]
    [TestCase("x-globus-paging: {style: offset-has-next, page-size: 10}", "x-globus-paging: {style: pages}", "GLOBUS006")]
    public void A_spec_mistake_is_the_only_error_of_the_build(string from, string to, string id)
    {
        // Code written by hand against the generated names still compiles: the mistake is the one error to fix.
        const string handWritten = """
            namespace Globus.Sdk.Broken;
            public partial class BrokenClient
            {
                public System.Threading.Tasks.Task<GlobusResponse<Thing>> Again(string id) => GetThingAsync(id);
            }
            """;
        var (result, output) = GeneratorHarness.Run([new GeneratorHarness.Spec(Path, Valid.Replace(from, to))], handWritten);

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { id }));
        Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Properties_with_one_set_of_values_share_one_struct_whatever_the_order()
    {
        var spec = Valid.Replace(
            "        things: {type: array, items: {type: string}}",
            "        things: {type: array, items: {type: string}}\n        kind: {type: string, enum: [x, y]}\n" +
            "    Other:\n      type: object\n      properties:\n        sort: {type: string, enum: [y, x]}\n        order: {type: string, enum: [x]}");

        var (result, output) = GeneratorHarness.Run([new GeneratorHarness.Spec(Path, spec)]);

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(
            result.GeneratedSources.Select(s => s.HintName),
            Is.SupersetOf(new[] { "Globus.Sdk.Broken.ThingKind.g.cs", "Globus.Sdk.Broken.OtherOrder.g.cs" })
                .And.Not.Contains("Globus.Sdk.Broken.OtherSort.g.cs"));
        var other = output.GetTypeByMetadataName("Globus.Sdk.Broken.Other")!;
        Assert.That(((IPropertySymbol)other.GetMembers("Sort").Single()).Type.ToDisplayString(), Is.EqualTo("Globus.Sdk.Broken.ThingKind?"));
    }

    [Test]
    public void Two_sets_of_values_that_would_share_a_name_are_reported_and_the_later_stays_a_string()
    {
        // Derived names collide: Thing + KindA and ThingKind + A.
        var spec = Valid.Replace(
            "        things: {type: array, items: {type: string}}",
            "        things: {type: array, items: {type: string}}\n        kind_a: {type: string, enum: [x]}\n" +
            "    ThingKind:\n      type: object\n      properties:\n        a: {type: string, enum: [z]}");

        var (result, output) = GeneratorHarness.Run([new GeneratorHarness.Spec(Path, spec)]);

        var diagnostic = result.Diagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("GLOBUS019"));
        Assert.That(diagnostic.GetMessage(), Does.Contain("'ThingKindA'").And.Contain("'kind_a' of the schema 'Thing'"));
        var kind = output.GetTypeByMetadataName("Globus.Sdk.Broken.ThingKind")!;
        Assert.That(((IPropertySymbol)kind.GetMembers("A").Single()).Type.ToDisplayString(), Is.EqualTo("string?"));
        Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    public void A_spec_mistake_is_reported_where_it_is(string spec, string id, int line)
    {
        var diagnostics = GeneratorHarness.DiagnosticsFor(spec, Path);

        var diagnostic = diagnostics.FirstOrDefault(d => d.Id == id);
        Assert.That(diagnostic, Is.Not.Null, string.Join("\n", diagnostics));
        var span = diagnostic!.Location.GetLineSpan();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(id is "GLOBUS013" or "GLOBUS017" or "GLOBUS020" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error));
            Assert.That(span.Path, Is.EqualTo(Path));
            Assert.That(span.StartLinePosition.Line + 1, Is.EqualTo(line), diagnostic.ToString());
            Assert.That(diagnostic.GetMessage(), Is.Not.Empty);
        });
    }

    [Test]
    public void Every_descriptor_has_a_test_or_is_the_internal_error()
    {
        var tested = Cases().Select(c => (string)c.Arguments[1]!).Append("GLOBUS000");
        Assert.That(tested, Is.SupersetOf(Globus.Sdk.Generator.Diagnostics.All.Select(d => d.Id)));
    }

    [TestCase("")]
    [TestCase("just a string")]
    [TestCase("- a\n- list")]
    [TestCase("paths: 3\ncomponents: [1, 2]\nx-globus-service: {a: b}")]
    public void Nonsense_is_a_diagnostic_not_a_crash(string spec) =>
        Assert.That(GeneratorHarness.DiagnosticsFor(spec).Select(d => d.Id), Is.Not.Empty);
}
