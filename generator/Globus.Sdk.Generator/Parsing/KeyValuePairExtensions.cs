using System.Collections.Generic;

namespace Globus.Sdk.Generator.Parsing;

internal static class KeyValuePairExtensions
{
    // netstandard2.0's KeyValuePair cannot be deconstructed in a foreach without this.
    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }
}
