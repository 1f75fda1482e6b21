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
        yield return Case("transfer_filter_on_an_integer", "{name: limit, in: query, schema: {type: integer}}", "{name: limit, in: query, x-globus-encoding: transfer-filter, schema: {type: integer}}", "GLOBUS012", 16);
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
        yield return Case("deprecated_without_obsolete_id", "      summary: Get a thing.\n", "      summary: Get a thing.\n      deprecated: true\n", "GLOBUS013", 12);
    }

    [Test]
    public void The_valid_spec_has_no_diagnostics() =>
        Assert.That(GeneratorHarness.DiagnosticsFor(Valid), Is.Empty);

    [Test]
    public void A_transfer_filter_on_a_string_query_parameter_is_supported() =>
        Assert.That(
            GeneratorHarness.DiagnosticsFor(Valid.Replace(
                "        - {name: offset,",
                "        - {name: filter, in: query, x-globus-encoding: transfer-filter, schema: {type: string}}\n        - {name: offset,")),
            Is.Empty);

    [Test]
    public void A_transfer_filter_on_another_type_says_what_it_needs()
    {
        var spec = Valid.Replace("{name: limit, in: query, schema: {type: integer}}", "{name: limit, in: query, x-globus-encoding: transfer-filter, schema: {type: integer}}");

        var diagnostic = GeneratorHarness.DiagnosticsFor(spec).Single(d => d.Id == "GLOBUS012");

        Assert.That(diagnostic.GetMessage(), Does.Contain("schema {type: string}"));
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
            Assert.That(diagnostic.Severity, Is.EqualTo(id is "GLOBUS013" or "GLOBUS017" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error));
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
