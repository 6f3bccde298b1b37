// Generated from spec/openapi.yaml by packages/types/scripts/generate.ts. Do not edit: run `pnpm generate`.
import type { components } from './openapi';

/** Every value of `LifecycleActionResult`, in the spec's order. */
export const lifecycleActionResultValues = [
  "ABANDON",
  "CONTINUE",
  "EXTEND"
] as const satisfies readonly components['schemas']['LifecycleActionResult'][];

/** Every value of `LifecycleHookDefaultResult`, in the spec's order. */
export const lifecycleHookDefaultResultValues = [
  "ABANDON",
  "CONTINUE"
] as const satisfies readonly components['schemas']['LifecycleHookDefaultResult'][];

/** Every value of `LifecycleHookType`, in the spec's order. */
export const lifecycleHookTypeValues = [
  "INSTANCE_LAUNCHING",
  "INSTANCE_TERMINATING"
] as const satisfies readonly components['schemas']['LifecycleHookType'][];

/** Every value of `LifecycleHookStatus`, in the spec's order. */
export const lifecycleHookStatusValues = [
  "HANGING",
  "CONTINUE",
  "ABANDON"
] as const satisfies readonly components['schemas']['LifecycleHookStatus'][];

/** The hooks a group holds at most (`ListLifecycleHooksResponse.lifecycle_hooks` maxItems), and the seconds one EXTEND adds (`LifecycleActionResult` x-as-extend-seconds). */
export const lifecycleLimits = {
  "maxHooksPerGroup": 5,
  "extendSeconds": 3600
} as const;

/** The spec's servers: an endpoint template and the regions it serves. Compact, for bundles. */
export const regionServers = [
  {
    "url": "https://as.{region}.myhuaweicloud.com",
    "regions": [
      "af-south-1",
      "af-north-1",
      "ap-southeast-2",
      "ap-southeast-3",
      "ap-southeast-4",
      "ap-southeast-5",
      "cn-east-2",
      "cn-east-3",
      "cn-east-4",
      "cn-east-5",
      "cn-north-1",
      "cn-north-2",
      "cn-north-4",
      "cn-north-9",
      "cn-north-11",
      "cn-north-12",
      "cn-south-1",
      "cn-south-2",
      "cn-south-4",
      "cn-southwest-2",
      "cn-southwest-3",
      "eu-west-0",
      "eu-west-101",
      "la-north-2",
      "la-south-2",
      "me-east-1",
      "my-kualalumpur-1",
      "na-mexico-1",
      "ru-moscow-1",
      "ru-northwest-2",
      "sa-brazil-1",
      "tr-west-1"
    ]
  },
  {
    "url": "https://as.{region}.myhwclouds.com",
    "regions": [
      "ap-southeast-1"
    ]
  }
] as const;

/** Every region the spec's servers name, sorted. */
export const regionValues = /* @__PURE__ */ regionServers.flatMap((server) => server.regions).sort();

/** A region the spec names. */
export type Region = (typeof regionServers)[number]['regions'][number];

/** The AS endpoint of each region (`ap-southeast-1` is served under another domain). */
export const regionEndpoints: Readonly<Record<Region, string>> = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ regionServers.flatMap((server) => server.regions.map((region) => [region, server.url.replace('{region}', region)])),
) as Record<Region, string>;

/** Every error code the spec names, with its HTTP status, the provider's message and the body shape. */
export const asErrorCatalogue = {
  "AS.0001": {
    "status": 500,
    "message": "System error.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html"
  },
  "AS.0002": {
    "status": 400,
    "message": "Request body is null.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html"
  },
  "AS.0005": {
    "status": 401,
    "message": "The token of the header in the request is null.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html"
  },
  "AS.0006": {
    "status": 401,
    "message": "The token of the header in the request is incorrect.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html"
  },
  "AS.0007": {
    "status": 404,
    "message": "The requested resource [%s] could not be found.",
    "shape": "as",
    "messages": {},
    "placeholders": [
      "the resource the URL names and the service does not find; for show, update and delete, the lifecycle hook name of the path"
    ],
    "source": "https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html",
    "decision": "the provider does not say what fills [%s]; this project fills the hook name of the path, the one resource those operations look up by name."
  },
  "AS.0008": {
    "status": 400,
    "message": "Incorrect ProjectID.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html"
  },
  "AS.0011": {
    "status": 403,
    "message": "You do not have the rights to perform the operation.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html"
  },
  "AS.0012": {
    "status": 403,
    "message": "The user role is suspended.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/api-as/as_07_0102.html"
  },
  "AS.0013": {
    "status": 403,
    "message": "Your rights to perform the operation are disabled.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/api-as/as_07_0102.html"
  },
  "AS.0022": {
    "status": 400,
    "message": "request body error",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/api-as/as_07_0102.html",
    "decision": "the provider's pages spell it \"request body error\" (Huawei Cloud, the current edition) and \"Request body error\" (Open Telekom Cloud, docs.otc.t-systems.com/auto-scaling/api-ref/appendix/error_codes.html); the Huawei Cloud spelling is the one this project answers."
  },
  "AS.0031": {
    "status": 400,
    "message": "Policy doesn't allow [%s] to be performed.",
    "shape": "as",
    "messages": {},
    "placeholders": [
      "the IAM action the policy refuses, the operation's action from the provider's permissions reference (e.g. as:lifecycleHooks:create)"
    ],
    "source": "https://support.huaweicloud.com/api-as/as_07_0102.html"
  },
  "AS.0049": {
    "status": 500,
    "message": "Call IAM failed.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html"
  },
  "AS.2007": {
    "status": 400,
    "message": "The AS group does not exist.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://docs.otc.t-systems.com/auto-scaling/api-ref/appendix/error_codes.html",
    "decision": "400, not 404, as the live service answers."
  },
  "AS.2033": {
    "status": 400,
    "message": "You are not allowed to perform the operation when the AS group is in current [%s] status.",
    "shape": "as",
    "messages": {},
    "placeholders": [
      "the AS group's status"
    ],
    "source": "https://docs.otc.t-systems.com/auto-scaling/api-ref/appendix/error_codes.html",
    "decision": "the provider does not say which status fills [%s] for a group that is scaling (a scaling group stays INSERVICE); this project fills INSERVICE."
  },
  "AS.2047": {
    "status": 400,
    "message": "The AS group is in active status.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://docs.otc.t-systems.com/auto-scaling/api-ref/appendix/error_codes.html"
  },
  "AS.4006": {
    "status": 400,
    "message": "The instance does not exist.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://docs.otc.t-systems.com/auto-scaling/api-ref/appendix/error_codes.html"
  },
  "AS.7030": {
    "status": 400,
    "message": "Invalid lifecycle hook default timeout.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/topic/826309-4-H"
  },
  "AS.7031": {
    "status": 400,
    "message": "Invalid lifecycle hook name.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/topic/826309-4-H"
  },
  "AS.7032": {
    "status": 400,
    "message": "The lifecycle hook name is empty.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the lifecycle-hook rows of the provider's error-code page could not be read verbatim from any page this project could retrieve (the Open Telekom Cloud edition has no lifecycle-hook rows); this wording states the page's description of the code and is to be replaced by the provider's message once a copy is found."
  },
  "AS.7033": {
    "status": 400,
    "message": "The lifecycle hook type is invalid.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the lifecycle-hook rows of the provider's error-code page could not be read verbatim from any page this project could retrieve (the Open Telekom Cloud edition has no lifecycle-hook rows); this wording states the page's description of the code and is to be replaced by the provider's message once a copy is found."
  },
  "AS.7034": {
    "status": 400,
    "message": "The lifecycle hook callback or default result is invalid.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the lifecycle-hook rows of the provider's error-code page could not be read verbatim from any page this project could retrieve (the Open Telekom Cloud edition has no lifecycle-hook rows); this wording states the page's description of the code and is to be replaced by the provider's message once a copy is found."
  },
  "AS.7035": {
    "status": 400,
    "message": "The notification metadata is too long.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the lifecycle-hook rows of the provider's error-code page could not be read verbatim from any page this project could retrieve (the Open Telekom Cloud edition has no lifecycle-hook rows); this wording states the page's description of the code and is to be replaced by the provider's message once a copy is found."
  },
  "AS.7036": {
    "status": 400,
    "message": "The lifecycle hook body is null.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the lifecycle-hook rows of the provider's error-code page could not be read verbatim from any page this project could retrieve (the Open Telekom Cloud edition has no lifecycle-hook rows); this wording states the page's description of the code and is to be replaced by the provider's message once a copy is found."
  },
  "AS.7037": {
    "status": 400,
    "message": "The lifecycle hook type is empty.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the lifecycle-hook rows of the provider's error-code page could not be read verbatim from any page this project could retrieve (the Open Telekom Cloud edition has no lifecycle-hook rows); this wording states the page's description of the code and is to be replaced by the provider's message once a copy is found."
  },
  "AS.7038": {
    "status": 400,
    "message": "The AS group already has five lifecycle hooks.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the lifecycle-hook rows of the provider's error-code page could not be read verbatim from any page this project could retrieve (the Open Telekom Cloud edition has no lifecycle-hook rows); this wording states the page's description of the code and is to be replaced by the provider's message once a copy is found."
  },
  "AS.7039": {
    "status": 400,
    "message": "The lifecycle hook callback result is empty.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the lifecycle-hook rows of the provider's error-code page could not be read verbatim from any page this project could retrieve (the Open Telekom Cloud edition has no lifecycle-hook rows); this wording states the page's description of the code and is to be replaced by the provider's message once a copy is found."
  },
  "AS.7040": {
    "status": 400,
    "message": "The lifecycle hook callback object is empty.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://huaweicloud.com/s/JeWNjuS4uuS6kei1hOS6p-euoeeQhiU/t_30_p_7/JeW8ueaAp-S8uOe8qSBBUyU"
  },
  "AS.7041": {
    "status": 400,
    "message": "The lifecycle hook name already exists.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the provider's error-code page gives AS.7041 the message of another code (docs/reference section 7; the row reads \"The lifecycle hook callback object is empty\", AS.7040's message, in the copy at https://huaweicloud.com/s/JeWNjuS4uuS6kei1hOS6p-euoeeQhiU/t_30_p_7/JeW8ueaAp-S8uOe8qSBBUyU), so its message cannot be copied; this project answers the page's description of AS.7041, the hook name already exists, in the wording of its neighbours."
  },
  "AS.7042": {
    "status": 400,
    "message": "The lifecycle hook callback target does not exist.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the lifecycle-hook rows of the provider's error-code page could not be read verbatim from any page this project could retrieve (the Open Telekom Cloud edition has no lifecycle-hook rows); this wording states the page's description of the code and is to be replaced by the provider's message once a copy is found."
  },
  "AS.7043": {
    "status": 400,
    "message": "The lifecycle hook topic urn does not exist.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "source": "https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html"
  },
  "AS.7055": {
    "status": 400,
    "message": "The notification metadata contains a forbidden character.",
    "shape": "as",
    "messages": {},
    "placeholders": [],
    "decision": "the lifecycle-hook rows of the provider's error-code page could not be read verbatim from any page this project could retrieve (the Open Telekom Cloud edition has no lifecycle-hook rows); this wording states the page's description of the code and is to be replaced by the provider's message once a copy is found."
  },
  "APIGW.0301": {
    "status": 401,
    "message": "Incorrect IAM authentication information: verify aksk signature fail",
    "shape": "gateway",
    "messages": {
      "signature": "Incorrect IAM authentication information: verify aksk signature fail",
      "token-missing": "Incorrect IAM authentication information: x-auth-token not found",
      "token-invalid": "Incorrect IAM authentication information: decrypt token fail"
    },
    "placeholders": [],
    "source": "https://support.huaweicloud.com/intl/en-us/ocr_faq/ocr_01_0063.html"
  },
  "APIG.0308": {
    "status": 429,
    "message": "The throttling threshold has been reached: policy user over ratelimit,limit:%s,time:1 second",
    "shape": "gateway",
    "messages": {},
    "placeholders": [
      "the calls per second the gateway allows"
    ],
    "source": "https://support.huaweicloud.com/intl/th-th/oce_faq/en-us_topic_0000001887959462.html"
  }
} as const;

/** An error code the spec names: the service's `AS.xxxx` codes and the gateway's `APIGW.xxxx`. */
export type AsErrorCode = keyof typeof asErrorCatalogue;

/** Every error code the spec names, in the spec's order. */
export const asErrorCodeValues = [
  "AS.0001",
  "AS.0002",
  "AS.0005",
  "AS.0006",
  "AS.0007",
  "AS.0008",
  "AS.0011",
  "AS.0012",
  "AS.0013",
  "AS.0022",
  "AS.0031",
  "AS.0049",
  "AS.2007",
  "AS.2033",
  "AS.2047",
  "AS.4006",
  "AS.7030",
  "AS.7031",
  "AS.7032",
  "AS.7033",
  "AS.7034",
  "AS.7035",
  "AS.7036",
  "AS.7037",
  "AS.7038",
  "AS.7039",
  "AS.7040",
  "AS.7041",
  "AS.7042",
  "AS.7043",
  "AS.7055",
  "APIGW.0301",
  "APIG.0308"
] as const satisfies readonly AsErrorCode[];

/** The codes each way to authenticate answers: credentials missing, invalid, or for another project. */
export const securityErrorCodes = {
  "iamToken": {
    "missing": "AS.0005",
    "invalid": "AS.0006",
    "projectMismatch": "AS.0008"
  },
  "akskSignature": {
    "missing": "APIGW.0301",
    "invalid": "APIGW.0301",
    "projectMismatch": "AS.0008"
  }
} as const satisfies Record<string, Record<string, AsErrorCode>>;

/** The seven operations: method, path template, success status and the provider's SDK operation name. */
export const apiOperations = {
  "callbackLifecycleHook": {
    "method": "PUT",
    "path": "/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/callback",
    "successStatus": 204,
    "sdkOperation": "AttachCallbackInstanceLifeCycleHook"
  },
  "listHookInstances": {
    "method": "GET",
    "path": "/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/list",
    "successStatus": 200,
    "sdkOperation": "ListHookInstances"
  },
  "createLifecycleHook": {
    "method": "POST",
    "path": "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}",
    "successStatus": 200,
    "sdkOperation": "CreateLifyCycleHook"
  },
  "listLifecycleHooks": {
    "method": "GET",
    "path": "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/list",
    "successStatus": 200,
    "sdkOperation": "ListLifeCycleHooks"
  },
  "showLifecycleHook": {
    "method": "GET",
    "path": "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}",
    "successStatus": 200,
    "sdkOperation": "ShowLifeCycleHook"
  },
  "updateLifecycleHook": {
    "method": "PUT",
    "path": "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}",
    "successStatus": 200,
    "sdkOperation": "UpdateLifeCycleHook"
  },
  "deleteLifecycleHook": {
    "method": "DELETE",
    "path": "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}",
    "successStatus": 204,
    "sdkOperation": "DeleteLifecycleHook"
  }
} as const;

/** The id of one of the seven operations. */
export type OperationId = keyof typeof apiOperations;

/** Each operation's method, path template and query parameter names: what a client bundles. */
export const operationRoutes: Readonly<Record<OperationId, readonly [method: string, path: string, query: readonly string[]]>> = {
  "callbackLifecycleHook": [
    "PUT",
    "/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/callback",
    []
  ],
  "listHookInstances": [
    "GET",
    "/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/list",
    [
      "instance_id"
    ]
  ],
  "createLifecycleHook": [
    "POST",
    "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}",
    []
  ],
  "listLifecycleHooks": [
    "GET",
    "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/list",
    []
  ],
  "showLifecycleHook": [
    "GET",
    "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}",
    []
  ],
  "updateLifecycleHook": [
    "PUT",
    "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}",
    []
  ],
  "deleteLifecycleHook": [
    "DELETE",
    "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}",
    []
  ]
};

/** One field a caller gives: a path or query parameter, or a property of the JSON body. */
export interface RequestField {
  readonly in: 'path' | 'query' | 'header' | 'cookie' | 'body';
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
  readonly required: boolean;
  /** The spec's description, on one line. */
  readonly description: string;
  readonly enum?: readonly (string | number)[];
  /** The value the service applies when the field is left out. */
  readonly default?: unknown;
}

/** An operation's fields, in the spec's order, and the body's alternatives. */
export interface OperationRequestFields {
  readonly fields: Readonly<Record<string, RequestField>>;
  /** The body needs every field of at least one of these groups (the body schema's `anyOf`). */
  readonly anyOf?: readonly (readonly string[])[];
}

/** Each operation's request fields: its parameters, then its JSON body's properties. */
export const requestFields = {
  callbackLifecycleHook: {
    fields: {
      project_id: {"in":"path","type":"string","required":true,"description":"The project's id."},
      scaling_group_id: {"in":"path","type":"string","required":true,"description":"The scaling group's id."},
      lifecycle_action_key: {"in":"body","type":"string","required":false,"description":"The token from the hanging-instance list or the SMN notification."},
      instance_id: {"in":"body","type":"string","required":false,"description":"The instance's id; needs `lifecycle_hook_name`."},
      lifecycle_hook_name: {"in":"body","type":"string","required":false,"description":"The hook's name; needs `instance_id`."},
      lifecycle_action_result: {"in":"body","type":"string","required":true,"description":"The answer to a hanging instance. `ABANDON` ends the lifecycle action (a launching instance is terminated; a terminating one skips its remaining hooks), `CONTINUE` completes it, `EXTEND` keeps it waiting 3600 s more.","enum":["ABANDON","CONTINUE","EXTEND"]},
    },
    anyOf: [["lifecycle_action_key"],["instance_id","lifecycle_hook_name"]],
  },
  listHookInstances: {
    fields: {
      project_id: {"in":"path","type":"string","required":true,"description":"The project's id."},
      scaling_group_id: {"in":"path","type":"string","required":true,"description":"The scaling group's id."},
      instance_id: {"in":"query","type":"string","required":false,"description":"Only this instance's records. An unknown instance gives an empty list."},
    },
  },
  createLifecycleHook: {
    fields: {
      project_id: {"in":"path","type":"string","required":true,"description":"The project's id."},
      scaling_group_id: {"in":"path","type":"string","required":true,"description":"The scaling group's id."},
      lifecycle_hook_name: {"in":"body","type":"string","required":true,"description":"1 to 32 letters, digits, `_` or `-`. Cannot change after creation."},
      lifecycle_hook_type: {"in":"body","type":"string","required":true,"description":"The scaling action the hook holds.","enum":["INSTANCE_LAUNCHING","INSTANCE_TERMINATING"]},
      default_result: {"in":"body","type":"string","required":false,"description":"What happens when a hook times out. `EXTEND` is not a valid default.","enum":["ABANDON","CONTINUE"],"default":"ABANDON"},
      default_timeout: {"in":"body","type":"integer","required":false,"description":"Seconds a hook holds an instance before its default result applies: 60 to 86400, as the provider's current reference (https://support.huaweicloud.com/intl/en-us/api-as/as_06_0901.html, https://docs.otc.t-systems.com/auto-scaling/api-ref/apis/lifecycle_hooks/creating_a_lifecycle_hook.html) and its API Explorer say. The provider's Go SDK model, the Terraform provider's `huaweicloud_as_lifecycle_hook` (`default_timeout`) and some regional editions (e.g. https://support.huaweicloud.com/intl/zh-cn/my-kualalumpur-1-api-as/as_06_0901.html) still say 300 to 86400: `x-as-legacy-minimum`.","default":3600},
      notification_topic_urn: {"in":"body","type":"string","required":true,"description":"An SMN topic, `urn:smn:{region}:{project_id}:{topic_name}`."},
      notification_metadata: {"in":"body","type":"string","required":false,"description":"Free text sent with each notification; at most 256 characters, none of `<` `>` `&` `'` `(` `)`."},
    },
  },
  listLifecycleHooks: {
    fields: {
      project_id: {"in":"path","type":"string","required":true,"description":"The project's id."},
      scaling_group_id: {"in":"path","type":"string","required":true,"description":"The scaling group's id."},
    },
  },
  showLifecycleHook: {
    fields: {
      project_id: {"in":"path","type":"string","required":true,"description":"The project's id."},
      scaling_group_id: {"in":"path","type":"string","required":true,"description":"The scaling group's id."},
      lifecycle_hook_name: {"in":"path","type":"string","required":true,"description":"The hook's name. A name the group does not have answers 404 AS.0007."},
    },
  },
  updateLifecycleHook: {
    fields: {
      project_id: {"in":"path","type":"string","required":true,"description":"The project's id."},
      scaling_group_id: {"in":"path","type":"string","required":true,"description":"The scaling group's id."},
      lifecycle_hook_name: {"in":"path","type":"string","required":true,"description":"The hook's name. A name the group does not have answers 404 AS.0007."},
      lifecycle_hook_type: {"in":"body","type":"string","required":false,"description":"The scaling action the hook holds.","enum":["INSTANCE_LAUNCHING","INSTANCE_TERMINATING"]},
      default_result: {"in":"body","type":"string","required":false,"description":"What happens when a hook times out. `EXTEND` is not a valid default.","enum":["ABANDON","CONTINUE"]},
      default_timeout: {"in":"body","type":"integer","required":false,"description":"Seconds a hook holds an instance before its default result applies: 60 to 86400, as the provider's current reference (https://support.huaweicloud.com/intl/en-us/api-as/as_06_0901.html, https://docs.otc.t-systems.com/auto-scaling/api-ref/apis/lifecycle_hooks/creating_a_lifecycle_hook.html) and its API Explorer say. The provider's Go SDK model, the Terraform provider's `huaweicloud_as_lifecycle_hook` (`default_timeout`) and some regional editions (e.g. https://support.huaweicloud.com/intl/zh-cn/my-kualalumpur-1-api-as/as_06_0901.html) still say 300 to 86400: `x-as-legacy-minimum`."},
      notification_topic_urn: {"in":"body","type":"string","required":false,"description":"An SMN topic, `urn:smn:{region}:{project_id}:{topic_name}`."},
      notification_metadata: {"in":"body","type":"string","required":false,"description":"Free text sent with each notification; at most 256 characters, none of `<` `>` `&` `'` `(` `)`."},
    },
  },
  deleteLifecycleHook: {
    fields: {
      project_id: {"in":"path","type":"string","required":true,"description":"The project's id."},
      scaling_group_id: {"in":"path","type":"string","required":true,"description":"The scaling group's id."},
      lifecycle_hook_name: {"in":"path","type":"string","required":true,"description":"The hook's name. A name the group does not have answers 404 AS.0007."},
    },
  },
} as const satisfies Readonly<Record<string, OperationRequestFields>>;
