using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk.Compute;

/// <summary>
/// The tasks of a batch status read as <see cref="ComputeTask"/>s: the service keys <c>results</c> by task id,
/// an object a spec's schema cannot name as a typed map, so <see cref="Results"/> stays the JSON as sent.
/// </summary>
public sealed partial record TaskBatchStatus
{
    private static readonly JsonTypeInfo<IReadOnlyDictionary<string, ComputeTask>> TaskMapTypeInfo =
        ModelCollections.MapOf(ComputeJsonContext.Default.ComputeTask);

    private static readonly IReadOnlyDictionary<string, ComputeTask> NoTasks =
        new ReadOnlyDictionary<string, ComputeTask>(new Dictionary<string, ComputeTask>(StringComparer.Ordinal));

    /// <summary>Each task of <see cref="Results"/>, by its id; empty when the service sent no <c>results</c> object.</summary>
    /// <remarks>Read from <see cref="Results"/> on each access; not part of the model's equality, which compares <see cref="Results"/> itself.</remarks>
    /// <exception cref="JsonException">A member of <c>results</c> is not a task document.</exception>
    public IReadOnlyDictionary<string, ComputeTask> Tasks =>
        Results is { ValueKind: JsonValueKind.Object } results ? results.Deserialize(TaskMapTypeInfo)! : NoTasks;
}
