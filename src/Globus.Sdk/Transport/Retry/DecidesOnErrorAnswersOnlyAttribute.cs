using System.Collections.Concurrent;
using System.Reflection;

namespace Globus.Sdk.Transport;

/// <summary>
/// Marks a retry check the SDK defines that makes no decision on an answer below HTTP 400 (a success or a
/// redirect): such an answer need not be shown to it, so a call answered with a 200 builds no
/// <see cref="RetryContext"/> for it. A check without the mark is always asked.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class DecidesOnErrorAnswersOnlyAttribute : Attribute
{
    private static readonly ConcurrentDictionary<MethodInfo, bool> Marked = new();

    /// <summary>Whether every check of <paramref name="checks"/> carries the mark.</summary>
    public static bool AllMarked(IReadOnlyList<RetryCheck> checks)
    {
        // By index: enumerating through the interface would allocate on every answer.
        for (var i = 0; i < checks.Count; i++)
        {
            if (!Marked.GetOrAdd(checks[i].Method, static method => method.IsDefined(typeof(DecidesOnErrorAnswersOnlyAttribute), inherit: false)))
            {
                return false;
            }
        }

        return true;
    }
}
