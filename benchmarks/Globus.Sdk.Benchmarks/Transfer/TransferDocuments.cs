using System.Text;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// The documents the Transfer fake serves, shaped as Transfer sends them: an endpoint document of about
/// 1.5 KB with five fields the SDK's model does not know, and task documents of about 60 fields each
/// (many null, as Transfer sends them), three of them unknown to the model.
/// </summary>
internal static class TransferDocuments
{
    public const string EndpointId = "ddb59aef-6d04-11e5-ba46-22000b92c6ec";

    public static readonly byte[] Endpoint = Encoding.UTF8.GetBytes("""
        {"DATA_TYPE":"endpoint","id":"ddb59aef-6d04-11e5-ba46-22000b92c6ec","display_name":"Globus Tutorial Collection 1",
        "canonical_name":"go#ep1","name":"ep1","username":"go","owner_id":"c8aad43e-d274-11e5-bf98-8b02896cf782",
        "owner_string":"go@globusid.org","description":"This is a Globus Connect Server v5 collection used for tutorials",
        "organization":"Globus","department":"Research Computing","keywords":"tutorial,example,globus",
        "contact_email":"support@globus.org","contact_info":null,"info_link":"https://www.globus.org/",
        "user_message":null,"user_message_link":null,"public":true,"default_directory":"/~/","force_encryption":false,
        "force_verify_checksum":false,"disable_verify":false,"is_globus_connect":false,"gcp_connected":null,"gcp_paused":null,
        "host_endpoint":null,"host_endpoint_id":null,"host_endpoint_display_name":null,"host_path":null,
        "entity_type":"GCSv5_mapped_collection","gcs_version":"5.4.80","non_functional":false,"high_assurance":false,
        "activated":true,"expires_in":-1,"expire_time":null,"myproxy_server":null,"myproxy_dn":null,"oauth_server":null,
        "subscription_id":"964be8f5-5f9b-11e4-b64e-12313940394d","network_use":"normal","location":"41.8781,-87.6298",
        "max_concurrency":null,"preferred_concurrency":null,"max_parallelism":null,"preferred_parallelism":null,
        "acl_available":false,"acl_editable":false,"in_use":false,"my_effective_roles":["administrator","activity_monitor"],
        "local_user_info_available":true,"https_server":"https://g-fc6d5.fd635.8443.data.globus.org",
        "tlsftp_server":"tlsftp://g-fc6d5.fd635.8443.data.globus.org:443","mfa_required":false,
        "authentication_timeout_mins":null,"last_accessed_time":"2024-01-05T03:00:01+00:00",
        "DATA":[],"shareable":true,"requester_pays":false,"authentication_assurance_timeout":null,
        "globus_connect_setup_key":null,"s3_url":null}
        """);

    /// <summary>One task document; <paramref name="index"/> makes its id and counts its own.</summary>
    public static string Task(int index) => $$"""
        {"DATA_TYPE":"task","task_id":"42277910-0e8e-11e9-{{index:x4}}-0e8e11e9b2c8","type":"TRANSFER","status":"{{(index % 3 == 0 ? "ACTIVE" : "SUCCEEDED")}}",
        "label":"nightly buoy sync {{index}}","owner_id":"2a8c0a4e-5c6e-4bbf-9a58-7e0d2b4c1f11","owner_string":"researcher@globusid.org",
        "username":"u_fjpapgfnhfh4hcmtbgaagxd4cu","request_time":"2024-01-05T03:00:01+00:00","completion_time":null,
        "deadline":"2024-01-06T03:00:01+00:00","source_endpoint_id":"ddb59aef-6d04-11e5-ba46-22000b92c6ec",
        "source_endpoint_display_name":"Globus Tutorial Collection 1","destination_endpoint_id":"ddb59af0-6d04-11e5-ba46-22000b92c6ec",
        "destination_endpoint_display_name":"Globus Tutorial Collection 2","source_local_user":null,"source_local_user_status":null,
        "destination_local_user":null,"destination_local_user_status":null,"sync_level":3,"verify_checksum":true,"encrypt_data":false,
        "preserve_timestamp":false,"delete_destination_extra":false,"skip_source_errors":false,"fail_on_quota_errors":false,
        "recursive_symlinks":"ignore","files":12,"directories":1,"symlinks":0,"files_skipped":0,"files_transferred":{{index % 13}},
        "subtasks_total":14,"subtasks_pending":7,"subtasks_retrying":0,"subtasks_succeeded":7,"subtasks_expired":0,
        "subtasks_canceled":0,"subtasks_failed":0,"subtasks_skipped_errors":0,"bytes_transferred":{{index * 4096L}},"bytes_checksummed":0,
        "effective_bytes_per_second":8123,"faults":0,"nice_status":"OK","nice_status_short_description":"OK",
        "nice_status_details":null,"nice_status_expires_in":-1,"is_paused":false,"canceled_by_admin":null,
        "canceled_by_admin_message":null,"history_deleted":false,"command":"API 0.10","source_base_path":null,
        "destination_base_path":null,"filter_rules":null,"is_ok":true,"source_endpoint":"go#ep1","destination_endpoint":"go#ep2"}
        """.Replace("\n", "").Replace("\r", "");

    /// <summary>The start of a <c>task_list</c> page, up to its items: offset paging, as Transfer answers it.</summary>
    public static string TaskListPrefix(int pageSize, int offset, int total) =>
        $$"""{"DATA_TYPE":"task_list","length":{{pageSize}},"limit":{{pageSize}},"offset":{{offset}},"total":{{total}},"DATA":[""";

    /// <summary>The tasks of one page, as the bytes of the items of a JSON array (without the brackets).</summary>
    public static byte[] TaskItems(int count) =>
        Encoding.UTF8.GetBytes(string.Join(",", Enumerable.Range(0, count).Select(Task)));
}
