namespace Globus.Sdk.Auth;

/// <summary>
/// Joins form fields or query parameters given in several places (the SDK's, then the caller's), as
/// the Python SDK's dictionary updates do: a later value replaces an earlier one of the same name, in
/// the earlier one's position.
/// </summary>
internal static class ParameterMerge
{
    public static List<KeyValuePair<string, string?>> Merge(
        IEnumerable<KeyValuePair<string, string?>> first,
        IEnumerable<KeyValuePair<string, string?>>? later)
    {
        var merged = new List<KeyValuePair<string, string?>>();
        foreach (var pair in later is null ? first : first.Concat(later))
        {
            var existing = merged.FindIndex(p => string.Equals(p.Key, pair.Key, StringComparison.Ordinal));
            if (existing >= 0)
            {
                merged[existing] = pair;
            }
            else
            {
                merged.Add(pair);
            }
        }

        return merged;
    }
}
