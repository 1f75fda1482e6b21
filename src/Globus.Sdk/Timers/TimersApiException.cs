// The generator emits TimersApiException (its constructor and documentation); this part gives it Timers'
// reading of error bodies.
namespace Globus.Sdk.Timers;

public partial class TimersApiException
{
    // One shared delegate: the reading holds no state.
    private static readonly ServiceErrorFormat TimersErrors = TimersErrorFormat.Read;

    /// <inheritdoc/>
    private protected override ServiceErrorFormat ServiceErrorFormat => TimersErrors;
}
