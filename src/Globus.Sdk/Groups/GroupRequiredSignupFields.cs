namespace Globus.Sdk.Groups;

/// <summary>
/// A sign-up field a group may require of its members (Python's <c>GroupRequiredSignupFields</c>), for
/// <see cref="GroupPolicies"/> and <see cref="GroupsManager.SetGroupPoliciesAsync"/>. Any string is kept as it
/// is, so a field the service adds after this SDK was built can still be sent; the known ones are named below.
/// </summary>
/// <remarks>
/// Written by hand: the spec holds these values only as the items of a list (<c>signup_fields</c>), which stay
/// strings in the models; this struct follows the generated ones (<see cref="GroupVisibility"/>). A string
/// converts to it implicitly, and a null string to null; the constructor and the explicit conversion refuse null.
/// </remarks>
/// <param name="Value">The value as the service spells it; compared ordinally.</param>
public readonly record struct GroupRequiredSignupFields(string Value) : Transport.IExtensibleEnum
{
    /// <summary>The value as the service spells it.</summary>
    public string Value { get; } = Value ?? throw new ArgumentNullException(nameof(Value));

    /// <summary><c>institution</c>.</summary>
    public static GroupRequiredSignupFields Institution { get; } = new("institution");

    /// <summary><c>current_project_name</c>.</summary>
    public static GroupRequiredSignupFields CurrentProjectName { get; } = new("current_project_name");

    /// <summary><c>address</c>.</summary>
    public static GroupRequiredSignupFields Address { get; } = new("address");

    /// <summary><c>city</c>.</summary>
    public static GroupRequiredSignupFields City { get; } = new("city");

    /// <summary><c>state</c>.</summary>
    public static GroupRequiredSignupFields State { get; } = new("state");

    /// <summary><c>country</c>.</summary>
    public static GroupRequiredSignupFields Country { get; } = new("country");

    /// <summary><c>address1</c>.</summary>
    public static GroupRequiredSignupFields Address1 { get; } = new("address1");

    /// <summary><c>address2</c>.</summary>
    public static GroupRequiredSignupFields Address2 { get; } = new("address2");

    /// <summary><c>zip</c>.</summary>
    public static GroupRequiredSignupFields Zip { get; } = new("zip");

    /// <summary><c>phone</c>.</summary>
    public static GroupRequiredSignupFields Phone { get; } = new("phone");

    /// <summary><c>department</c>.</summary>
    public static GroupRequiredSignupFields Department { get; } = new("department");

    /// <summary><c>field_of_science</c>.</summary>
    public static GroupRequiredSignupFields FieldOfScience { get; } = new("field_of_science");

    /// <summary>Wraps a value, known or not; null stays null.</summary>
    /// <param name="value">The value as the service spells it, or null.</param>
    /// <returns>The wrapped value, or null when <paramref name="value"/> is null.</returns>
    public static implicit operator GroupRequiredSignupFields?(string? value) => value is null ? null : new GroupRequiredSignupFields(value);

    /// <summary>Wraps a value, known or not.</summary>
    /// <param name="value">The value as the service spells it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static explicit operator GroupRequiredSignupFields(string value) => new(value);

    /// <summary>The value as the service spells it.</summary>
    /// <returns><see cref="Value"/>; empty for <c>default</c>.</returns>
    public override string ToString() => Value ?? string.Empty;
}
