// The generator emits AuthApiException (its public constructor and documentation); this part lets
// the login clients hide the credentials of their forms, should Globus Auth quote one in an error.
namespace Globus.Sdk.Auth;

public partial class AuthApiException
{
    /// <summary>Creates the exception for an error answer to a form that carried credentials.</summary>
    internal AuthApiException(GlobusResponse response, string method, Uri url, IReadOnlyCollection<string> requestSecrets)
        : base(response, method, url, requestSecrets)
    {
    }
}
