using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Core;

/// <summary>Environments, base URLs, timeouts and TLS words: explicit options over GLOBUS_SDK_* variables over defaults.</summary>
public class ConfigurationTests
{
    private EnvironmentVariableScope _variables = null!;

    [SetUp]
    public void ClearGlobusVariables()
    {
        _variables = new EnvironmentVariableScope();
        foreach (var name in new[] { "GLOBUS_SDK_ENVIRONMENT", "GLOBUS_SDK_HTTP_TIMEOUT", "GLOBUS_SDK_VERIFY_SSL",
                     "GLOBUS_SDK_SERVICE_URL_TRANSFER", "GLOBUS_SDK_SERVICE_URL_SEARCH" })
        {
            _variables.Set(name, null);
        }
    }

    [TearDown]
    public void RestoreVariables() => _variables.Dispose();

    [TestCase("production", "auth", "https://auth.globus.org/")]
    [TestCase("production", "transfer", "https://transfer.api.globus.org/")]
    [TestCase("production", "search", "https://search.api.globus.org/")]
    [TestCase("production", "groups", "https://groups.api.globus.org/")]
    [TestCase("production", "compute", "https://compute.api.globus.org/")]
    [TestCase("production", "flows", "https://flows.automate.globus.org/")]
    [TestCase("production", "timer", "https://timer.automate.globus.org/")]
    [TestCase("production", "app", "https://app.globus.org/")]
    [TestCase("production", "nexus", "https://nexus.api.globusonline.org/")]
    [TestCase("production", "actions", "https://actions.automate.globus.org/")]
    [TestCase("preview", "auth", "https://auth.preview.globus.org/")]
    [TestCase("preview", "transfer", "https://transfer.api.preview.globus.org/")]
    [TestCase("preview", "flows", "https://preview.flows.automate.globus.org/")]
    [TestCase("preview", "timer", "https://preview.timer.automate.globus.org/")]
    [TestCase("preview", "app", "https://app.preview.globus.org/")]
    [TestCase("preview", "nexus", "https://nexus.api.preview.globus.org/")]
    [TestCase("preview", "actions", "https://preview.actions.automate.globus.org/")]
    [TestCase("sandbox", "auth", "https://auth.sandbox.globuscs.info/")]
    [TestCase("sandbox", "search", "https://search.api.sandbox.globuscs.info/")]
    [TestCase("integration", "groups", "https://groups.api.integration.globuscs.info/")]
    [TestCase("test", "compute", "https://compute.api.test.globuscs.info/")]
    [TestCase("staging", "flows", "https://staging.flows.automate.globus.org/")]
    [TestCase("staging", "timer", "https://staging.timer.automate.globus.org/")]
    public void Environment_table_gives_each_service_url(string environment, string service, string expected)
    {
        Assert.That(GlobusEnvironments.GetServiceUrl(service, environment).AbsoluteUri, Is.EqualTo(expected));
        Assert.That(new BaseClient(service, options: new() { Environment = environment }).BaseUrl.AbsoluteUri, Is.EqualTo(expected));
    }

    [Test]
    public void Default_environment_is_production()
    {
        var client = new BaseClient("transfer");

        Assert.That(client.Environment, Is.EqualTo("production"));
        Assert.That(client.BaseUrl.AbsoluteUri, Is.EqualTo("https://transfer.api.globus.org/"));
        Assert.That(client.HttpTimeout, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public void Environment_variable_chooses_the_environment_and_an_explicit_option_wins()
    {
        _variables.Set("GLOBUS_SDK_ENVIRONMENT", "preview");

        Assert.That(new BaseClient("search").BaseUrl.AbsoluteUri, Is.EqualTo("https://search.api.preview.globus.org/"));
        Assert.That(new BaseClient("search", options: new() { Environment = "sandbox" }).BaseUrl.AbsoluteUri,
            Is.EqualTo("https://search.api.sandbox.globuscs.info/"));
    }

    [Test]
    public void Unknown_environment_as_an_option_is_an_argument_exception()
    {
        var error = Assert.Throws<ArgumentException>(() => new BaseClient("transfer", options: new() { Environment = "prod" }))!;

        Assert.That(error.ParamName, Is.EqualTo("Environment"));
        Assert.That(error.Message, Does.Contain("'prod'").And.Contain("production"));
        Assert.Throws<ArgumentException>(() => GlobusEnvironments.GetServiceUrl("transfer", "nowhere"));
    }

    [Test]
    public void Unknown_environment_from_the_variable_is_a_usage_exception_naming_it()
    {
        _variables.Set("GLOBUS_SDK_ENVIRONMENT", "prod");

        var error = Assert.Throws<GlobusSdkUsageException>(() => new BaseClient("transfer"))!;

        Assert.That(error.Message, Does.Contain("GLOBUS_SDK_ENVIRONMENT").And.Contain("'prod'"));
    }

    [Test]
    public void Service_url_variable_overrides_the_environment_for_that_service_only()
    {
        _variables.Set("GLOBUS_SDK_ENVIRONMENT", "preview").Set("GLOBUS_SDK_SERVICE_URL_TRANSFER", "http://localhost:8080/transfer");

        Assert.That(new BaseClient("transfer").BaseUrl.AbsoluteUri, Is.EqualTo("http://localhost:8080/transfer/"));
        Assert.That(new BaseClient("search").BaseUrl.AbsoluteUri, Is.EqualTo("https://search.api.preview.globus.org/"));
    }

    [Test]
    public void Explicit_base_url_wins_over_the_service_url_variable()
    {
        _variables.Set("GLOBUS_SDK_SERVICE_URL_TRANSFER", "http://localhost:8080/");

        var client = new BaseClient("transfer", options: new() { BaseUrl = new Uri("https://example.org/t") });

        Assert.That(client.BaseUrl.AbsoluteUri, Is.EqualTo("https://example.org/t/"));
    }

    [TestCase("not a url")]
    [TestCase("ftp://example.org/")]
    public void Bad_service_url_variable_is_a_usage_exception_naming_it(string value)
    {
        _variables.Set("GLOBUS_SDK_SERVICE_URL_SEARCH", value);

        var error = Assert.Throws<GlobusSdkUsageException>(() => new BaseClient("search"))!;

        Assert.That(error.Message, Does.Contain("GLOBUS_SDK_SERVICE_URL_SEARCH"));
    }

    [Test]
    public void Relative_base_url_option_is_an_argument_exception()
    {
        var error = Assert.Throws<ArgumentException>(() => new BaseClient("search", options: new() { BaseUrl = new Uri("/v1", UriKind.Relative) }))!;

        Assert.That(error.ParamName, Is.EqualTo("BaseUrl"));
    }

    [TestCase("30", 30.0)]
    [TestCase("2.5", 2.5)]
    [TestCase(" 10 ", 10.0)]
    [TestCase("", 60.0)]
    public void Timeout_variable_sets_the_attempt_timeout(string value, double seconds)
    {
        _variables.Set("GLOBUS_SDK_HTTP_TIMEOUT", value);

        Assert.That(new BaseClient("transfer").HttpTimeout, Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public void Timeout_variable_minus_one_means_no_timeout_and_an_option_wins()
    {
        _variables.Set("GLOBUS_SDK_HTTP_TIMEOUT", "-1");

        Assert.That(new BaseClient("transfer").HttpTimeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
        Assert.That(new BaseClient("transfer", options: new() { HttpTimeout = TimeSpan.FromSeconds(5) }).HttpTimeout,
            Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [TestCase("0")]
    [TestCase("-2")]
    [TestCase("soon")]
    public void Bad_timeout_variable_is_a_usage_exception_naming_it(string value)
    {
        _variables.Set("GLOBUS_SDK_HTTP_TIMEOUT", value);

        var error = Assert.Throws<GlobusSdkUsageException>(() => new BaseClient("transfer"))!;

        Assert.That(error.Message, Does.Contain("GLOBUS_SDK_HTTP_TIMEOUT").And.Contain($"'{value}'"));
    }

    [Test]
    public void Non_positive_timeout_option_is_out_of_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BaseClient("transfer", options: new() { HttpTimeout = TimeSpan.Zero }))!;

        Assert.That(error.ParamName, Is.EqualTo("HttpTimeout"));
    }

    [TestCase("true", true)]
    [TestCase("YES", true)]
    [TestCase("on", true)]
    [TestCase("1", true)]
    [TestCase("t", true)]
    [TestCase("false", false)]
    [TestCase("No", false)]
    [TestCase("off", false)]
    [TestCase("0", false)]
    [TestCase("f", false)]
    public void Verify_ssl_variable_reads_true_and_false_words(string word, bool verify)
    {
        _variables.Set("GLOBUS_SDK_VERIFY_SSL", word);

        var settings = ClientSettingsResolver.Resolve("transfer", new GlobusClientOptions());

        Assert.That(settings.Tls, Is.EqualTo(new TlsConfiguration(verify, null)));
    }

    [Test]
    public void Verify_ssl_variable_may_name_a_ca_bundle_file()
    {
        var bundle = Path.GetTempFileName();
        try
        {
            _variables.Set("GLOBUS_SDK_VERIFY_SSL", bundle);

            var settings = ClientSettingsResolver.Resolve("transfer", new GlobusClientOptions());

            Assert.That(settings.Tls, Is.EqualTo(new TlsConfiguration(true, Path.GetFullPath(bundle))));
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Test]
    public void Verify_ssl_variable_that_is_neither_word_nor_file_is_a_usage_exception()
    {
        _variables.Set("GLOBUS_SDK_VERIFY_SSL", "/no/such/bundle.pem");

        var error = Assert.Throws<GlobusSdkUsageException>(() => new BaseClient("transfer"))!;

        Assert.That(error.Message, Does.Contain("GLOBUS_SDK_VERIFY_SSL"));
    }

    [Test]
    public void Verify_ssl_option_wins_over_the_variable()
    {
        _variables.Set("GLOBUS_SDK_VERIFY_SSL", "false");

        var settings = ClientSettingsResolver.Resolve("transfer", new GlobusClientOptions { VerifySsl = true });

        Assert.That(settings.Tls, Is.EqualTo(TlsConfiguration.Default));
    }

    [Test]
    public void Ca_bundle_with_verification_off_is_a_usage_exception()
    {
        var bundle = Path.GetTempFileName();
        try
        {
            Assert.Throws<GlobusSdkUsageException>(() => new BaseClient("transfer", options: new() { VerifySsl = false, CaBundlePath = bundle }));
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Test]
    public void Missing_ca_bundle_option_is_an_argument_exception()
    {
        var error = Assert.Throws<ArgumentException>(() => new BaseClient("transfer", options: new() { CaBundlePath = "/no/such.pem" }))!;

        Assert.That(error.ParamName, Is.EqualTo("CaBundlePath"));
    }

    [Test]
    public void Http_client_and_handler_together_are_a_usage_exception()
    {
        using var client = new HttpClient();
        using var handler = new HttpClientHandler();

        Assert.Throws<GlobusSdkUsageException>(() => new BaseClient("transfer", options: new() { HttpClient = client, HttpMessageHandler = handler }));
    }

    [Test]
    public void App_name_is_trimmed_and_blank_means_none()
    {
        Assert.That(new BaseClient("transfer", options: new() { AppName = " my-app " }).AppName, Is.EqualTo("my-app"));
        Assert.That(new BaseClient("transfer", options: new() { AppName = "  " }).AppName, Is.Null);
    }
}
