// The generator emits SearchApiException (its constructor and documentation); this part adds
// what only Search errors carry.
using System.Text.Json;

namespace Globus.Sdk.Search;

public partial class SearchApiException
{
    /// <summary>The error's details (<c>error_data</c>), such as the limit a request exceeded, or null when the service sent none.</summary>
    public JsonElement? ErrorData => Response.Get("error_data");
}
