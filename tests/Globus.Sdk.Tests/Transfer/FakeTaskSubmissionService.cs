using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// A stand-in for Transfer's submission endpoints: hands out submission ids, fails the first
/// <c>failuresFirst</c> submissions with a 502, and creates one task per new submission id (a repeated id is
/// answered <c>Duplicate</c>, as the service does), so a test can count the tasks a retry created.
/// </summary>
public sealed class FakeTaskSubmissionService
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _tasksBySubmission = [];
    private int _failuresLeft;
    private int _ids;

    public FakeTaskSubmissionService(WireMockServer server, int failuresFirst = 0)
    {
        _failuresLeft = failuresFirst;
        server.Given(Request.Create().WithPath("/v0.10/submission_id").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => Json(200, $$"""{"value": "submission-{{Interlocked.Increment(ref _ids)}}"}""")));
        foreach (var kind in new[] { "transfer", "delete" })
        {
            server.Given(Request.Create().WithPath($"/v0.10/{kind}").UsingPost())
                .RespondWith(Response.Create().WithCallback(request => Submit(kind, request)));
        }
    }

    /// <summary>The tasks created, by submission id.</summary>
    public IReadOnlyDictionary<string, string> Tasks
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_tasksBySubmission);
            }
        }
    }

    private ResponseMessage Submit(string kind, IRequestMessage request)
    {
        lock (_gate)
        {
            if (_failuresLeft > 0)
            {
                _failuresLeft--;
                return Json(502, """{"code": "BadGateway", "message": "try again"}""");
            }

            var submissionId = JsonNode.Parse(request.Body!)!["submission_id"]?.GetValue<string>();
            if (submissionId is null)
            {
                return Json(400, """{"code": "ClientError.BadRequest", "message": "submission_id is required"}""");
            }

            var code = "Duplicate";
            if (!_tasksBySubmission.TryGetValue(submissionId, out var taskId))
            {
                taskId = $"task-{_tasksBySubmission.Count + 1}";
                _tasksBySubmission[submissionId] = taskId;
                code = "Accepted";
            }

            return Json(202, $$"""
                {"DATA_TYPE": "{{kind}}_result", "code": "{{code}}", "message": "ok", "request_id": "req-1",
                 "resource": "/{{kind}}", "submission_id": "{{submissionId}}", "task_id": "{{taskId}}",
                 "task_link": {"DATA_TYPE": "link", "href": "task/{{taskId}}?format=json", "rel": "related", "resource": "task", "title": "related task"} }
                """);
        }
    }

    private static ResponseMessage Json(int status, string body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
    };
}
