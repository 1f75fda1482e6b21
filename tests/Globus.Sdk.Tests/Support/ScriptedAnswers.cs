using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Globus.Sdk.Tests.Support;

/// <summary>Makes a WireMock server give a list of answers in turn, the last one again and again.</summary>
public static class ScriptedAnswers
{
    public static void AnswerInTurn(this WireMockServer server, params IResponseBuilder[] answers)
    {
        if (answers.Length == 1)
        {
            server.Given(Request.Create().UsingAnyMethod()).RespondWith(answers[0]);
            return;
        }

        const string scenario = "answers in turn";
        for (var i = 0; i < answers.Length; i++)
        {
            var mapping = server.Given(Request.Create().UsingAnyMethod()).InScenario(scenario);
            mapping = i == 0 ? mapping : mapping.WhenStateIs($"after {i}");
            if (i < answers.Length - 1)
            {
                mapping = mapping.WillSetStateTo($"after {i + 1}");
            }

            mapping.RespondWith(answers[i]);
        }
    }

    public static IResponseBuilder Status(int status, string body = "{}", params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        return response;
    }
}
