// The generator emits FlowsApiException (its constructor and documentation); this part gives it the error
// format only Flows uses, as Python's FlowsAPIError reads it.
namespace Globus.Sdk.Flows;

public partial class FlowsApiException
{
    // One shared delegate: the reading holds no state.
    private static readonly ServiceErrorFormat FlowsErrors = FlowsErrorFormat.Read;

    /// <inheritdoc/>
    private protected override ServiceErrorFormat ServiceErrorFormat => FlowsErrors;
}
