using System.Reflection;
using System.Runtime.CompilerServices;
using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Package;

/// <summary>
/// No shipped package sees another one's internals. Globus.Sdk.Sqlite depends on Globus.Sdk of its own
/// version or later, so an app may pair it with a newer Globus.Sdk: through internal members that pairing
/// would fail at run time (MissingMethodException), through public API it keeps working.
/// </summary>
public class InternalsVisibilityTests
{
    private static readonly Assembly[] ShippedAssemblies =
    [
        typeof(BaseClient).Assembly,
        typeof(Globus.Sdk.Tokens.SqliteTokenStorage).Assembly,
    ];

    [Test]
    public void Every_shipped_project_is_checked()
    {
        var projects = Directory.GetDirectories(RepositoryFiles.PathOf("src"))
            .Where(folder => File.Exists(Path.Combine(folder, Path.GetFileName(folder) + ".csproj")))
            .Select(Path.GetFileName);

        Assert.That(ShippedAssemblies.Select(a => a.GetName().Name), Is.EquivalentTo(projects));
    }

    [Test]
    public void No_shipped_assembly_grants_internals_to_a_shipped_one()
    {
        var shipped = ShippedAssemblies.Select(a => a.GetName().Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var grants = ShippedAssemblies.SelectMany(assembly => assembly.GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(grant => (From: assembly.GetName().Name, To: grant.AssemblyName.Split(',')[0].Trim())));

        Assert.That(grants.Where(grant => shipped.Contains(grant.To)).Select(grant => $"{grant.From} -> {grant.To}"), Is.Empty);
    }
}
