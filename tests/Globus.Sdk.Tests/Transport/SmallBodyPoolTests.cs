using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Transport;

/// <summary>
/// The pool of small bodies' arrays: a caller that never disposes a response pays at most an eighth over its body,
/// one that does gets its array reused, cleared, and the pool keeps a bounded number of arrays.
/// </summary>
public class SmallBodyPoolTests
{
    [TestCase(0, false)]
    [TestCase(SmallBodyPool.MaxUnpooledLength, false)]
    [TestCase(SmallBodyPool.MaxUnpooledLength + 1, true)]
    [TestCase(ResponseBodyReader.SegmentSize - 1, true)]
    [TestCase(ResponseBodyReader.SegmentSize, false)]
    public void Bodies_between_the_tiny_and_a_segment_are_pooled(int length, bool pooled) =>
        Assert.That(SmallBodyPool.Pools(length), Is.EqualTo(pooled));

    [Test]
    public void A_size_class_holds_its_body_and_is_at_most_an_eighth_over()
    {
        for (var length = SmallBodyPool.MaxUnpooledLength + 1; length < ResponseBodyReader.SegmentSize; length++)
        {
            var size = SmallBodyPool.ClassSize(length);
            if (size < length || size > length + (length / 8))
            {
                Assert.Fail($"a body of {length} bytes gets an array of {size}");
            }
        }

        Assert.That(SmallBodyPool.ClassSize(ResponseBodyReader.SegmentSize - 1), Is.EqualTo(ResponseBodyReader.SegmentSize));
    }

    [Test]
    public void An_array_given_back_is_cleared_and_serves_any_body_of_its_class()
    {
        var pool = new SmallBodyPool();
        var array = pool.Rent(1_800);
        array.AsSpan(0, 1_800).Fill((byte)'x');

        pool.Return(array, 1_800);
        var again = pool.Rent(SmallBodyPool.ClassSize(1_800) - 1);

        Assert.That(array, Has.Length.EqualTo(SmallBodyPool.ClassSize(1_800)));
        Assert.That(again, Is.SameAs(array));
        Assert.That(again.All(b => b == 0), Is.True);
        Assert.That(pool.Rent(1_800), Is.Not.SameAs(array), "an array is rented to one body at a time");
    }

    [Test]
    public void A_class_keeps_a_bounded_number_of_arrays()
    {
        var pool = new SmallBodyPool();
        var given = Enumerable.Range(0, SmallBodyPool.KeptPerClass + 1).Select(_ => pool.Rent(4_000)).ToList();

        foreach (var array in given)
        {
            pool.Return(array, 4_000);
        }

        var rented = Enumerable.Range(0, SmallBodyPool.KeptPerClass + 1).Select(_ => pool.Rent(4_000)).ToList();

        Assert.That(rented.Count(given.Contains), Is.EqualTo(SmallBodyPool.KeptPerClass));
        Assert.That(pool.Rent(40_000), Has.Length.EqualTo(SmallBodyPool.ClassSize(40_000)), "other classes are their own");
    }
}
