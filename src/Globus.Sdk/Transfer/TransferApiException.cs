// The generator emits TransferApiException (its constructor and documentation). Everything the Python
// SDK's TransferAPIError offers is already on GlobusApiException: RequestId, Code, ErrorMessage, and the
// scopes of a ConsentRequired error (Transfer sends them as required_scopes) in
// Info.ConsentRequired.RequiredScopes. So this part adds no member; a second name for the same list would
// only give users two ways to say one thing. TransferApiExceptionTests pins that the list is read.
namespace Globus.Sdk.Transfer;

public partial class TransferApiException
{
}
