using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk.Groups;

/// <summary>
/// <c>get_identity_preferences</c> and <c>set_identity_preferences</c>: both documents are objects keyed
/// by identity id, which a spec's model cannot type, so they are read and written here as dictionaries.
/// </summary>
public partial class GroupsClient
{
    private static readonly JsonTypeInfo<IReadOnlyDictionary<string, IdentityPreferences>> PreferencesByIdentityTypeInfo =
        ModelCollections.MapOf(GroupsJsonContext.Default.IdentityPreferences);

    /// <summary>Get the preferences of the caller's identities.</summary>
    /// <remarks>
    /// <para>Returns, for each identity of the caller's identity set, its preferences; today only <c>allow_add</c>
    /// (whether an administrator may add the identity to a group directly).</para>
    /// <para><c>GET /v2/preferences</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// foreach (var (identityId, preferences) in (await groupsClient.GetIdentityPreferencesAsync()).Value)
    ///     Console.WriteLine($"{identityId}: {preferences.AllowAdd}");
    /// </code>
    /// </example>
    /// <param name="queryParams">Further query parameters.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> maps each identity id to its preferences.</returns>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://groups.api.globus.org/redoc#operation/get_identity_set_preferences_v2_preferences_get">Get the preferences for your identity set</seealso>
    public virtual async Task<GlobusResponse<IReadOnlyDictionary<string, IdentityPreferences>>> GetIdentityPreferencesAsync(
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        var response = await GetIdentityPreferencesCoreAsync(queryParams, cancellationToken).ConfigureAwait(false);
        return GlobusResponse<IReadOnlyDictionary<string, IdentityPreferences>>.FromResponse(response, PreferencesByIdentityTypeInfo);
    }

    /// <summary>Set the preferences of the caller's identities.</summary>
    /// <remarks>
    /// <para>Sends <paramref name="data"/> as the JSON object <c>{"identity id": {"allow_add": ...}, ...}</c>.</para>
    /// <para><c>PUT /v2/preferences</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// await groupsClient.SetIdentityPreferencesAsync(new Dictionary&lt;string, IdentityPreferences&gt;
    /// {
    ///     [identityId] = new() { AllowAdd = false },
    /// });
    /// </code>
    /// </example>
    /// <param name="data">The preferences to set, by identity id.</param>
    /// <param name="queryParams">Further query parameters.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> maps each identity id to its preferences as set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">A key of <paramref name="data"/> is empty or white space, or a value is null.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://groups.api.globus.org/redoc#operation/put_identity_set_preferences_v2_preferences_put">Set the preferences for your identity set</seealso>
    public virtual async Task<GlobusResponse<IReadOnlyDictionary<string, IdentityPreferences>>> SetIdentityPreferencesAsync(
        IReadOnlyDictionary<string, IdentityPreferences> data,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        // A document keyed by ids has no fixed properties: its entries travel as the model's unknown fields.
        var body = new IdentityPreferencesUpdate
        {
            AdditionalProperties = ModelCollections.ToFields(data, GroupsJsonContext.Default.IdentityPreferences, nameof(data)),
        };
        var response = await SetIdentityPreferencesCoreAsync(body, queryParams, cancellationToken).ConfigureAwait(false);
        return GlobusResponse<IReadOnlyDictionary<string, IdentityPreferences>>.FromResponse(response, PreferencesByIdentityTypeInfo);
    }
}
