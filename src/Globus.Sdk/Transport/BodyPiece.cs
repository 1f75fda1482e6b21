namespace Globus.Sdk.Transport;

/// <summary>One array of a body being read: its first <paramref name="Length"/> bytes are the body's; <paramref name="Pooled"/> when rented from <see cref="BodyPiecePool"/>.</summary>
internal readonly record struct BodyPiece(byte[] Array, int Length, bool Pooled)
{
    /// <summary>Gives the piece back when it was rented; for a body that is never handed out.</summary>
    public void ReturnIfPooled()
    {
        if (Pooled)
        {
            BodyPiecePool.Return(Array, Length);
        }
    }
}
