// The generated extensible enum structs of Search write their wire value (Value) when they appear in a
// request body given as plain .NET values; see Transport/IJsonWireValue.cs.
using Globus.Sdk.Transport;

namespace Globus.Sdk.Search;

public readonly partial record struct GFacetDateInterval : IExtensibleEnum;

public readonly partial record struct GFacetType : IExtensibleEnum;

public readonly partial record struct GFilterRelation : IExtensibleEnum;

public readonly partial record struct GFilterType : IExtensibleEnum;

public readonly partial record struct GIngestIngestType : IExtensibleEnum;

public readonly partial record struct GSearchRequestResultFormatVersion : IExtensibleEnum;

public readonly partial record struct GSortOrder : IExtensibleEnum;

public readonly partial record struct GeoShapeType : IExtensibleEnum;

public readonly partial record struct QSettingsMode : IExtensibleEnum;

public readonly partial record struct RoleCreateRoleName : IExtensibleEnum;

public readonly partial record struct RolePrincipalType : IExtensibleEnum;

public readonly partial record struct RoleRoleName : IExtensibleEnum;

public readonly partial record struct SearchIndexStatus : IExtensibleEnum;

public readonly partial record struct SearchTaskState : IExtensibleEnum;
