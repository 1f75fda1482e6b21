// The generated extensible enum structs of Transfer write their wire value (Value) when they appear in a
// request body given as plain .NET values; see Transport/IJsonWireValue.cs.
using Globus.Sdk.Transport;

namespace Globus.Sdk.Transfer;

public readonly partial record struct DeleteDocumentDataType : IExtensibleEnum;

public readonly partial record struct TransferDocumentDataType : IExtensibleEnum;

public readonly partial record struct TransferDocumentRecursiveSymlinks : IExtensibleEnum;

public readonly partial record struct TransferTaskStatus : IExtensibleEnum;

public readonly partial record struct TransferTaskType : IExtensibleEnum;
