using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Gcs;
using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Gcs;

/// <summary>
/// The document builders (Python's <c>services/gcs/data</c>): only what was given is sent (Python's <c>MISSING</c>),
/// the versioned <c>DATA_TYPE</c> each carries or deduces from its fields, additional fields, and credentials kept out
/// of their text.
/// </summary>
public class GCSDocumentTests : WireMockTestBase
{
    private const string GatewayId = "3f0ba9c4-4e1d-4d83-9d10-0c7f3e1f6b7a";

    private static void AssertJson(PayloadDocument document, string expected) =>
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(Written(document)), JsonNode.Parse(expected)), Is.True, Written(document));

    private static string Written(PayloadDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            document.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Test]
    public async Task A_mapped_collection_on_a_POSIX_storage_gateway_is_sent_in_the_documented_shape()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, $$"""
            {"DATA_TYPE": "result#1.0.0", "code": "success", "data": [{"DATA_TYPE": "storage_gateway#1.2.0", "id": "{{GatewayId}}"},
             {"DATA_TYPE": "collection#1.5.0", "id": "c-1", "collection_type": "mapped", "storage_gateway_id": "{{GatewayId}}"}]}
            """));
        var client = new GCSClient("gcs.example.org", new AccessTokenAuthorizer("tok-0123456789"), Options(o => o.BaseUrl = new Uri(ServerUrl, "api/")));

        var gateway = await client.CreateStorageGatewayAsync(new StorageGatewayDocument(
            displayName: "Lab POSIX",
            connectorId: ConnectorTable.POSIX.ConnectorId,
            root: "/",
            identityMappings: [new JsonObject { ["DATA_TYPE"] = "expression_identity_mapping#1.0.0", ["mappings"] = new JsonArray(
                new JsonObject { ["source"] = "{username}", ["match"] = "(.*)@example\\.org", ["output"] = "{0}" }) }],
            policies: new POSIXStoragePolicies(groupsAllow: ["lab"], groupsDeny: ["guests"]),
            allowedDomains: ["example.org"]));
        var collection = await client.CreateCollectionAsync(new MappedCollectionDocument(
            storageGatewayId: gateway.Value.Id,
            collectionBasePath: "/data/lab",
            displayName: "Lab data",
            @public: true,
            allowGuestCollections: true,
            policies: new POSIXCollectionPolicies(sharingGroupsAllow: ["lab"])));

        var bodies = Requests.Select(e => JsonNode.Parse(e.RequestMessage.Body!)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Requests.Select(e => e.RequestMessage.AbsolutePath), Is.EqualTo(new[] { "/api/storage_gateways", "/api/collections" }));
            Assert.That(JsonNode.DeepEquals(bodies[0], JsonNode.Parse($$"""
                {
                  "DATA_TYPE": "storage_gateway#1.0.0",
                  "display_name": "Lab POSIX",
                  "connector_id": "145812c8-decc-41f1-83cf-bb2a85a2a70b",
                  "root": "/",
                  "identity_mappings": [{"DATA_TYPE": "expression_identity_mapping#1.0.0",
                    "mappings": [{"source": "{username}", "match": "(.*)@example\\.org", "output": "{0}"}]}],
                  "policies": {"DATA_TYPE": "posix_storage_policies#1.0.0", "groups_allow": ["lab"], "groups_deny": ["guests"]},
                  "allowed_domains": ["example.org"]
                }
                """)), Is.True, bodies[0]!.ToJsonString());
            Assert.That(JsonNode.DeepEquals(bodies[1], JsonNode.Parse($$"""
                {
                  "DATA_TYPE": "collection#1.0.0",
                  "collection_type": "mapped",
                  "storage_gateway_id": "{{GatewayId}}",
                  "collection_base_path": "/data/lab",
                  "display_name": "Lab data",
                  "public": true,
                  "allow_guest_collections": true,
                  "policies": {"DATA_TYPE": "posix_collection_policies#1.0.0", "sharing_groups_allow": ["lab"]}
                }
                """)), Is.True, bodies[1]!.ToJsonString());
            Assert.That(collection.Value.Id, Is.EqualTo("c-1"));
            Assert.That(collection.Value.CollectionType, Is.EqualTo("mapped"));
        });
    }

    [Test]
    public void A_document_sends_only_what_was_given()
    {
        AssertJson(new MappedCollectionDocument(), """{"collection_type": "mapped", "DATA_TYPE": "collection#1.0.0"}""");
        AssertJson(new GuestCollectionDocument(displayName: "g"), """{"collection_type": "guest", "DATA_TYPE": "collection#1.0.0", "display_name": "g"}""");
        AssertJson(new EndpointDocument(), """{"DATA_TYPE": "endpoint#1.0.0"}""");
        AssertJson(new StorageGatewayDocument(), """{"DATA_TYPE": "storage_gateway#1.0.0"}""");
        AssertJson(new GCSRoleDocument(), """{"DATA_TYPE": "role#1.0.0"}""");
        AssertJson(new UserCredentialDocument(), """{"DATA_TYPE": "user_credential#1.0.0"}""");
    }

    [Test]
    public void An_explicit_null_is_set_with_the_indexer_and_sent_as_null()
    {
        var document = new MappedCollectionDocument(description: "old") { ["description"] = null, ["guest_auth_policy_id"] = null };

        AssertJson(document, """{"collection_type": "mapped", "DATA_TYPE": "collection#1.0.0", "description": null, "guest_auth_policy_id": null}""");
        Assert.That(document.ToRequest().AdditionalProperties.ContainsKey("guest_auth_policy_id"), Is.True);
    }

    [Test]
    public void Additional_fields_are_sent_and_replace_a_named_one()
    {
        var document = new EndpointDocument(displayName: "a", additionalFields: [new("display_name", "b"), new("future", new JsonArray(1, 2))]);

        AssertJson(document, """{"DATA_TYPE": "endpoint#1.0.0", "display_name": "b", "future": [1, 2]}""");
    }

    // Python's DATATYPE_VERSION_IMPLICATIONS and callbacks: the highest version a set field needs.
    private static IEnumerable<TestCaseData> DeducedDataTypes()
    {
        yield return new TestCaseData(new MappedCollectionDocument(enableHttps: true), "collection#1.1.0").SetName("enable_https_needs_1_1_0");
        yield return new TestCaseData(new MappedCollectionDocument(sharingUsersAllow: ["a"]), "collection#1.2.0").SetName("sharing_users_allow_needs_1_2_0");
        yield return new TestCaseData(new MappedCollectionDocument(forceVerify: false), "collection#1.4.0").SetName("force_verify_needs_1_4_0");
        yield return new TestCaseData(new MappedCollectionDocument(disableAnonymousWrites: true, enableHttps: true), "collection#1.5.0").SetName("the_highest_version_wins");
        yield return new TestCaseData(new MappedCollectionDocument(guestAuthPolicyId: "p"), "collection#1.6.0").SetName("guest_auth_policy_id_needs_1_6_0");
        yield return new TestCaseData(new MappedCollectionDocument(userMessage: new string('m', 64)), "collection#1.1.0").SetName("a_64_character_message_needs_1_1_0");
        yield return new TestCaseData(new GuestCollectionDocument(userMessage: new string('m', 65)), "collection#1.7.0").SetName("a_longer_message_needs_1_7_0");
        yield return new TestCaseData(new MappedCollectionDocument(deleteProtected: true), "collection#1.8.0").SetName("delete_protected_needs_1_8_0");
        yield return new TestCaseData(new GuestCollectionDocument(aclExpirationMins: 60), "collection#1.10.0").SetName("acl_expiration_mins_needs_1_10_0");
        yield return new TestCaseData(new GuestCollectionDocument(restrictTransfersToHighAssurance: "all"), "collection#1.12.0").SetName("restrict_transfers_needs_1_12_0");
        yield return new TestCaseData(new GuestCollectionDocument(skipAutoDelete: true), "collection#1.13.0").SetName("skip_auto_delete_needs_1_13_0");
        yield return new TestCaseData(new MappedCollectionDocument(autoDeleteTimeout: 30), "collection#1.13.0").SetName("auto_delete_timeout_needs_1_13_0");
        yield return new TestCaseData(new GuestCollectionDocument(activityNotificationPolicy: new JsonObject()), "collection#1.14.0").SetName("activity_notification_policy_needs_1_14_0");
        yield return new TestCaseData(new MappedCollectionDocument(associatedFlowPolicy: new JsonObject()), "collection#1.15.0").SetName("associated_flow_policy_needs_1_15_0");
        yield return new TestCaseData(new MappedCollectionDocument(additionalFields: [new("force_verify", true)]), "collection#1.4.0").SetName("an_additional_field_counts_too");
        yield return new TestCaseData(new MappedCollectionDocument(dataType: "collection#1.3.0", associatedFlowPolicy: new JsonObject()), "collection#1.3.0").SetName("a_given_data_type_is_kept");
        yield return new TestCaseData(new EndpointDocument(gridftpControlChannelPort: 443), "endpoint#1.1.0").SetName("gridftp_control_channel_port_needs_endpoint_1_1_0");
        yield return new TestCaseData(new EndpointDocument(dataType: "endpoint#1.2.0"), "endpoint#1.2.0").SetName("a_given_endpoint_data_type_is_kept");
        yield return new TestCaseData(new StorageGatewayDocument(requireMfa: false), "storage_gateway#1.1.0").SetName("require_mfa_needs_storage_gateway_1_1_0");
        yield return new TestCaseData(new GCSRoleDocument("role#1.1.0"), "role#1.1.0").SetName("a_role_data_type_can_be_given");
        yield return new TestCaseData(new S3StoragePolicies(), "s3_storage_policies#1.0.0").SetName("s3_policies");
        yield return new TestCaseData(new ActiveScaleStoragePolicies(), "s3_storage_policies#1.0.0").SetName("activescale_policies_are_s3_policies");
    }

    [TestCaseSource(nameof(DeducedDataTypes))]
    public void The_data_type_is_the_version_the_fields_need(PayloadDocument document, string dataType)
    {
        Assert.That(document["DATA_TYPE"]!.GetValue<string>(), Is.EqualTo(dataType));
    }

    // Each connector's policies document with its DATA_TYPE and fields, as Python writes them.
    private static IEnumerable<TestCaseData> Policies()
    {
        yield return new TestCaseData(new POSIXStagingStoragePolicies(groupsAllow: ["g"], stageApp: "/bin/stage",
                environment: [new JsonObject { ["name"] = "A", ["value"] = "1" }]),
            """{"DATA_TYPE": "posix_staging_storage_policies#1.0.0", "groups_allow": ["g"], "stage_app": "/bin/stage", "environment": [{"name": "A", "value": "1"}]}""")
            .SetName("POSIX_staging");
        yield return new TestCaseData(new S3StoragePolicies(s3Endpoint: "https://s3.example.org", s3Buckets: ["b"], s3UserCredentialRequired: true),
            """{"DATA_TYPE": "s3_storage_policies#1.0.0", "s3_endpoint": "https://s3.example.org", "s3_buckets": ["b"], "s3_user_credential_required": true}""")
            .SetName("S3");
        yield return new TestCaseData(new GoogleCloudStoragePolicies(clientId: "c", secret: "s", serviceAccountKey: new JsonObject { ["k"] = "v" }, buckets: ["b"], projects: ["p"]),
            """{"DATA_TYPE": "google_cloud_storage_policies#1.0.0", "client_id": "c", "secret": "s", "service_account_key": {"k": "v"}, "buckets": ["b"], "projects": ["p"]}""")
            .SetName("Google_Cloud_Storage");
        yield return new TestCaseData(new GoogleDriveStoragePolicies(clientId: "c", secret: "s", userApiRateQuota: 10),
            """{"DATA_TYPE": "google_drive_storage_policies#1.0.0", "client_id": "c", "secret": "s", "user_api_rate_quota": 10}""").SetName("Google_Drive");
        yield return new TestCaseData(new AzureBlobStoragePolicies(clientId: "c", secret: "s", tenant: "t", account: "a", authType: "user", adls: false),
            """{"DATA_TYPE": "azure_blob_storage_policies#1.0.0", "client_id": "c", "secret": "s", "tenant": "t", "account": "a", "auth_type": "user", "adls": false}""")
            .SetName("Azure_Blob");
        yield return new TestCaseData(new BoxStoragePolicies(enterpriseID: "e", boxAppSettings: new JsonObject { ["x"] = 1 }),
            """{"DATA_TYPE": "box_storage_policies#1.0.0", "enterpriseID": "e", "boxAppSettings": {"x": 1}}""").SetName("Box");
        yield return new TestCaseData(new CephStoragePolicies(s3Endpoint: "https://ceph", s3Buckets: ["b"], cephAdminKeyId: "k", cephAdminSecretKey: "s"),
            """{"DATA_TYPE": "ceph_storage_policies#1.0.0", "s3_endpoint": "https://ceph", "s3_buckets": ["b"], "ceph_admin_key_id": "k", "ceph_admin_secret_key": "s"}""")
            .SetName("Ceph");
        yield return new TestCaseData(new ActiveScaleStoragePolicies(s3Endpoint: "https://as"),
            """{"DATA_TYPE": "s3_storage_policies#1.0.0", "s3_endpoint": "https://as"}""").SetName("ActiveScale");
        yield return new TestCaseData(new IrodsStoragePolicies(irodsEnvironmentFile: "/e", irodsAuthenticationFile: "/a"),
            """{"DATA_TYPE": "irods_storage_policies#1.0.0", "irods_environment_file": "/e", "irods_authentication_file": "/a"}""").SetName("iRODS");
        yield return new TestCaseData(new HPSSStoragePolicies(authenticationMech: "unix", authenticator: "auth", udaChecksumSupport: true),
            """{"DATA_TYPE": "hpss_storage_policies#1.0.0", "authentication_mech": "unix", "authenticator": "auth", "uda_checksum_support": true}""").SetName("HPSS");
        yield return new TestCaseData(new BlackPearlStoragePolicies(s3Endpoint: "https://bp", bpAccessIdFile: "/ids"),
            """{"DATA_TYPE": "blackpearl_storage_policies#1.0.0", "s3_endpoint": "https://bp", "bp_access_id_file": "/ids"}""").SetName("BlackPearl");
        yield return new TestCaseData(new OneDriveStoragePolicies(clientId: "c", secret: "s", tenant: "t", userApiRateLimit: 5),
            """{"DATA_TYPE": "onedrive_storage_policies#1.0.0", "client_id": "c", "secret": "s", "tenant": "t", "user_api_rate_limit": 5}""").SetName("OneDrive");
        yield return new TestCaseData(new POSIXStagingCollectionPolicies(sharingGroupsDeny: ["x"]),
            """{"DATA_TYPE": "posix_staging_collection_policies#1.0.0", "sharing_groups_deny": ["x"]}""").SetName("POSIX_staging_collection");
        yield return new TestCaseData(new GoogleCloudStorageCollectionPolicies(project: "p"),
            """{"DATA_TYPE": "google_cloud_storage_collection_policies#1.0.0", "project": "p"}""").SetName("Google_Cloud_Storage_collection");
    }

    [TestCaseSource(nameof(Policies))]
    public void A_connectors_policies_carry_its_data_type_and_fields(PayloadDocument policies, string expected) => AssertJson(policies, expected);

    [Test]
    public void Credentials_are_not_shown_by_ToString_at_any_depth()
    {
        var gateway = new StorageGatewayDocument(displayName: "Ceph", policies: new CephStoragePolicies(cephAdminKeyId: "key-id", cephAdminSecretKey: "ceph-secret-value"));
        var drive = new GoogleDriveStoragePolicies(clientId: "c", secret: "drive-secret-value");
        var credential = new UserCredentialDocument(policies: new JsonObject { ["DATA_TYPE"] = "s3_user_credential_policies#1.0.0", ["s3_secret_key"] = "s3-secret-value" });

        Assert.Multiple(() =>
        {
            Assert.That(gateway.ToString(), Does.Not.Contain("ceph-secret-value").And.Contain("REDACTED").And.Contain("Ceph"));
            Assert.That(drive.ToString(), Does.Not.Contain("drive-secret-value").And.Contain("\"client_id\":\"c\""));
            Assert.That(credential.ToString(), Does.Not.Contain("s3-secret-value"));
            Assert.That(credential.ToRequest().ToString(), Does.Not.Contain("s3-secret-value"));
            Assert.That(Written(gateway), Does.Contain("ceph-secret-value"), "what is sent keeps the credential");
        });
    }

    [Test]
    public void A_document_converts_to_its_request_model_with_every_field()
    {
        GCSStorageGatewayRequest request = new StorageGatewayDocument(displayName: "g", highAssurance: true);
        GCSRoleRequest role = new GCSRoleDocument(role: "administrator");
        GCSUserCredentialRequest credential = new UserCredentialDocument(username: "u");
        GCSEndpointUpdate endpoint = new EndpointDocument(keywords: ["a"]);
        GCSCollectionRequest collection = new GuestCollectionDocument(mappedCollectionId: "m");

        Assert.Multiple(() =>
        {
            Assert.That(request.DisplayName, Is.EqualTo("g"));
            Assert.That(request.AdditionalProperties["high_assurance"].GetBoolean(), Is.True);
            Assert.That(role.Role, Is.EqualTo("administrator"));
            Assert.That(credential.Username, Is.EqualTo("u"));
            Assert.That(endpoint.AdditionalProperties["keywords"][0].GetString(), Is.EqualTo("a"));
            Assert.That(collection.CollectionType, Is.EqualTo("guest"));
            Assert.That(collection.MappedCollectionId, Is.EqualTo("m"));
        });
    }

    [Test]
    public void A_fixed_data_type_cannot_be_null()
    {
        Assert.That(() => new GCSRoleDocument(dataType: null!), Throws.ArgumentNullException);
        Assert.That(() => new POSIXStoragePolicies(dataType: null!), Throws.ArgumentNullException);
    }
}
