namespace Globus.Sdk.Flows;

public readonly partial record struct RunStatus
{
    /// <summary>
    /// True for the statuses of a run that has ended and will not change again: <c>SUCCEEDED</c>,
    /// <c>FAILED</c> and <c>ENDED</c>. <c>ACTIVE</c> and <c>INACTIVE</c> runs (an inactive run waits for
    /// something, such as a consent, and may be resumed) and statuses unknown to this SDK are not ended.
    /// </summary>
    public bool IsEnded => this == Succeeded || this == Failed || this == Ended;
}
