using System.Text.Json;
using Globus.Sdk.Search;

namespace Globus.Sdk.Tests.Core;

/// <summary>
/// Extensible enum structs (specs/README.md, "Enum structs"): one struct per set of values in a service,
/// and conversions from strings that never throw on null.
/// </summary>
public class EnumStructTests
{
    [Test]
    public void Properties_with_the_same_values_share_one_struct()
    {
        Assert.That(typeof(Role).GetProperty(nameof(Role.RoleName))!.PropertyType, Is.EqualTo(typeof(RoleName?)));
        Assert.That(typeof(RoleCreate).GetProperty(nameof(RoleCreate.RoleName))!.PropertyType, Is.EqualTo(typeof(RoleName?)));
        Assert.That(typeof(Role).Assembly.GetType("Globus.Sdk.Search.RoleCreateRoleName"), Is.Null);
    }

    [Test]
    public void A_null_string_converts_to_null_without_throwing()
    {
        string? missing = null;

        RoleName? role = missing;
        var create = new RoleCreate { RoleName = missing, Principal = "urn:globus:auth:identity:1" };

        Assert.That(role, Is.Null);
        Assert.That(create.RoleName, Is.Null);
        Assert.That(JsonSerializer.Serialize(create, SearchJsonContext.Default.RoleCreate), Is.EqualTo("""{"role_name":null,"principal":"urn:globus:auth:identity:1"}"""));
    }

    [Test]
    public void A_string_converts_to_the_value_and_compares_with_it()
    {
        RoleName? role = "owner";
        var read = JsonSerializer.Deserialize("""{"role_name": "admin"}""", SearchJsonContext.Default.Role)!;

        Assert.That(role, Is.EqualTo(RoleName.Owner));
        Assert.That(role == "owner", Is.True);
        Assert.That(read.RoleName == "admin" && read.RoleName == RoleName.Admin, Is.True);
        Assert.That(read.RoleName != "owner", Is.True);
        Assert.That(new RoleCreate { RoleName = "writer" }.RoleName, Is.EqualTo(RoleName.Writer));
        Assert.That(read.RoleName?.Value, Is.EqualTo("admin"));
    }

    [Test]
    public void The_explicit_conversion_and_the_constructor_refuse_null()
    {
        string? missing = null;

        Assert.That((RoleName)"writer", Is.EqualTo(RoleName.Writer));
        Assert.Throws<ArgumentNullException>(() => _ = (RoleName)missing!);
        Assert.Throws<ArgumentNullException>(() => _ = new RoleName(missing!));
        Assert.That(default(RoleName).ToString(), Is.Empty);
    }
}
