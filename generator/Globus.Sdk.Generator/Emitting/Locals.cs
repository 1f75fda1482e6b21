using System.Collections.Generic;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>Local variable names that cannot collide with a method's parameters.</summary>
internal sealed class Locals(IEnumerable<string> parameters)
{
    private readonly HashSet<string> _taken = [.. parameters];

    public string Name(string wanted)
    {
        var name = wanted;
        while (_taken.Contains(name))
        {
            name += "_";
        }

        _taken.Add(name);
        return name;
    }
}
