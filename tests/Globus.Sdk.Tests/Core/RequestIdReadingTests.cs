using System.Text;

namespace Globus.Sdk.Tests.Core;

/// <summary>
/// <see cref="GlobusResponse.RequestId"/> is read from the body's top level without parsing the whole body (every
/// logged answer asks for it), and gives exactly what reading it from <see cref="GlobusResponse.Data"/> gives.
/// </summary>
public class RequestIdReadingTests
{
    private static readonly string[] Bodies =
    [
        """{"request_id": "r-1", "DATA": [{"request_id": "nested"}]}""",
        """{"DATA": [{"request_id": "nested"}], "code": "x"}""",
        """{"request_id": "first", "request_id": "last"}""",
        """{"request_id": "first", "request_id": 7}""",
        """{"request_id": 42}""",
        """{"request\u005fid": "escaped name"}""",
        """{"request_id": "r-\u00e9\"quoted\""}""",
        """{"request_id": "r-1"} trailing""",
        """{"request_id": "r-1", """,
        """[{"request_id": "in an array"}]""",
        """"just a string\"""",
        "",
        "<html>request_id</html>",
    ];

    [TestCaseSource(nameof(Bodies))]
    public void The_request_id_read_alone_is_the_one_the_parsed_body_gives(string body)
    {
        var unparsed = GlobusResponse.Create(200, Encoding.UTF8.GetBytes(body));
        var parsed = GlobusResponse.Create(200, Encoding.UTF8.GetBytes(body));
        _ = parsed.Data;

        var expected = parsed.Get("request_id") is { ValueKind: System.Text.Json.JsonValueKind.String } id ? id.GetString() : null;
        Assert.Multiple(() =>
        {
            Assert.That(unparsed.RequestId, Is.EqualTo(expected));
            Assert.That(parsed.RequestId, Is.EqualTo(expected));
        });
    }

    [Test]
    public void The_cases_cover_a_found_id_and_an_absent_one()
    {
        Assert.That(GlobusResponse.Create(200, Encoding.UTF8.GetBytes(Bodies[0])).RequestId, Is.EqualTo("r-1"));
        Assert.That(GlobusResponse.Create(200, Encoding.UTF8.GetBytes(Bodies[2])).RequestId, Is.EqualTo("last"));
        Assert.That(GlobusResponse.Create(200, Encoding.UTF8.GetBytes(Bodies[5])).RequestId, Is.EqualTo("escaped name"));
        Assert.That(GlobusResponse.Create(200, Encoding.UTF8.GetBytes(Bodies[7])).RequestId, Is.Null);
    }
}
