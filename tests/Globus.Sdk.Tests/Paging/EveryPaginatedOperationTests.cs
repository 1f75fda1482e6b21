using System.Reflection;
using Globus.Sdk.Testing;
using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Paging;

/// <summary>
/// Every <c>client.Paginated</c> method of every client (found by reflection, so services added later are
/// covered without touching this test) walks three pages of the fake Globus, linked the way its spec says the
/// operation pages, and yields every item of every page: the paging style, the cursor and the items key of
/// each spec agree with the generated code. The fake's pages come from each operation's spec example.
/// </summary>
public class EveryPaginatedOperationTests
{
    private GlobusFake _fake = null!;

    [SetUp]
    public void Start() => _fake = new GlobusFake();

    [TearDown]
    public void Stop() => _fake.Dispose();

    public static IEnumerable<TestCaseData> PaginatedMethods() =>
        from client in ReflectedClients.ClientTypes()
        let paginated = client.GetProperty("Paginated")?.PropertyType
        where paginated is not null
        from method in paginated.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        where IsPageable(method.ReturnType) && method.GetCustomAttribute<ObsoleteAttribute>() is null
        orderby client.Name, method.Name
        select new TestCaseData(client, method).SetName($"{client.Name}.Paginated.{method.Name}");

    [Test]
    public void Every_service_with_paging_is_found()
    {
        var names = PaginatedMethods().Select(c => c.TestName!).ToList();

        Assert.That(names, Has.Some.StartsWith("TransferClient.Paginated.TaskList"));
        Assert.That(names, Has.Some.StartsWith("SearchClient.Paginated.PostSearch"));
    }

    [TestCaseSource(nameof(PaginatedMethods))]
    public async Task Walks_every_page_and_yields_every_item(Type clientType, MethodInfo method)
    {
        const int Pages = 3, ItemsPerPage = 2;
        var client = CreateClient(clientType, out var service);
        service.LoadPagedResponse(method.Name + "Async", pages: Pages, itemsPerPage: ItemsPerPage);

        var pageable = method.Invoke(client.Paginated(clientType), ReflectedClients.Arguments(method))!;
        var items = await CountAsync(pageable);

        Assert.That(items, Is.EqualTo(Pages * ItemsPerPage));
        var requests = service.Requests;
        Assert.That(requests, Has.Count.EqualTo(Pages), string.Join("\n", requests));
        Assert.That(requests.Select(r => r.MethodName).Distinct(), Is.EqualTo(new[] { method.Name + "Async" }),
            "every page is a request of the same operation");
        Assert.That(requests.Select(r => r.Method + " " + r.Path + " " + string.Join("&", r.Query.Select(q => q.Key + "=" + string.Join(",", q.Value))) + " " + r.Body).Distinct().Count(),
            Is.EqualTo(Pages), "each page asks for something else (a cursor moves)");
    }

    private BaseClient CreateClient(Type clientType, out GlobusFakeService service)
    {
        service = _fake.Service(ReflectedClients.ServiceOf(clientType));
        return ReflectedClients.Create(clientType, service.ClientOptions());
    }

    private static Task<int> CountAsync(object pageable)
    {
        var itemType = pageable.GetType().GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)).GetGenericArguments()[0];
        return (Task<int>)typeof(EveryPaginatedOperationTests).GetMethod(nameof(CountItemsAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(itemType).Invoke(null, [pageable])!;
    }

    private static async Task<int> CountItemsAsync<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items)
        {
            count++;
        }

        return count;
    }

    private static bool IsPageable(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(GlobusPageable<,>))
            {
                return true;
            }
        }

        return false;
    }
}

file static class PaginatedAccess
{
    public static object Paginated(this BaseClient client, Type clientType) => clientType.GetProperty("Paginated")!.GetValue(client)!;
}
