// Generated from spec/openapi.yaml by packages/types/scripts/generate.ts. Do not edit: run `pnpm generate`.
/* eslint-disable */
export interface paths {
    "/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Call back a lifecycle hook
         * @description Answers a hanging instance: `CONTINUE` completes the lifecycle action, `ABANDON` ends it
         *     (a launching instance is terminated), `EXTEND` keeps it waiting and moves its timeout 3600 s
         *     later. The target is the `lifecycle_action_key`, or `instance_id` with
         *     `lifecycle_hook_name`; when both are given, the key wins. Only a `HANGING` target is
         *     accepted.
         */
        put: operations["callbackLifecycleHook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
            };
            cookie?: never;
        };
        /**
         * List hanging instances
         * @description Lists the instances of the group that a lifecycle hook holds, or only the given instance's
         *     records. Not paginated.
         */
        get: operations["listHookInstances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a lifecycle hook
         * @description At most five hooks per group; names are unique within the group.
         */
        post: operations["createLifecycleHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
            };
            cookie?: never;
        };
        /**
         * List the hooks of a group
         * @description Every hook of the group. Not paginated.
         */
        get: operations["listLifecycleHooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
                /**
                 * @description The hook's name. A name the group does not have answers 404 AS.0007.
                 * @example "test-hook1"
                 */
                lifecycle_hook_name: components["parameters"]["LifecycleHookNameInPath"];
            };
            cookie?: never;
        };
        /**
         * Show one hook
         * @description The hook, as a flat object.
         */
        get: operations["showLifecycleHook"];
        /**
         * Update a hook
         * @description Every field is optional; the name cannot change. Answers the updated hook.
         */
        put: operations["updateLifecycleHook"];
        post?: never;
        /**
         * Delete a hook
         * @description Deletes the hook. No body.
         */
        delete: operations["deleteLifecycleHook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The answer to a hanging instance. `ABANDON` ends the lifecycle action (a launching instance
         *     is terminated; a terminating one skips its remaining hooks), `CONTINUE` completes it,
         *     `EXTEND` keeps it waiting 3600 s more.
         * @enum {string}
         */
        LifecycleActionResult: "ABANDON" | "CONTINUE" | "EXTEND";
        /**
         * @description What happens when a hook times out. `EXTEND` is not a valid default.
         * @enum {string}
         */
        LifecycleHookDefaultResult: "ABANDON" | "CONTINUE";
        /**
         * @description The scaling action the hook holds.
         * @enum {string}
         */
        LifecycleHookType: "INSTANCE_LAUNCHING" | "INSTANCE_TERMINATING";
        /**
         * @description Where a hanging record stands.
         * @enum {string}
         */
        LifecycleHookStatus: "HANGING" | "CONTINUE" | "ABANDON";
        CallbackLifecycleHookBody: {
            /** @description The token from the hanging-instance list or the SMN notification. */
            lifecycle_action_key: string;
            /** @description The instance's id; needs `lifecycle_hook_name`. */
            instance_id?: string;
            /** @description The hook's name; needs `instance_id`. */
            lifecycle_hook_name?: string;
            lifecycle_action_result: components["schemas"]["LifecycleActionResult"];
        } | {
            /** @description The token from the hanging-instance list or the SMN notification. */
            lifecycle_action_key?: string;
            /** @description The instance's id; needs `lifecycle_hook_name`. */
            instance_id: string;
            /** @description The hook's name; needs `instance_id`. */
            lifecycle_hook_name: string;
            lifecycle_action_result: components["schemas"]["LifecycleActionResult"];
        };
        /** @description A new hook. The provider's advice for AS.0022 is to "check whether the request body is in standard JSON format or whether an unsupported parameter exists" (https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html): a field the body does not define is refused with AS.0022, not ignored. */
        CreateLifecycleHookBody: {
            lifecycle_hook_name: components["schemas"]["LifecycleHookName"];
            lifecycle_hook_type: components["schemas"]["LifecycleHookType"];
            /** @default ABANDON */
            default_result?: components["schemas"]["LifecycleHookDefaultResult"];
            /** @default 3600 */
            default_timeout?: components["schemas"]["LifecycleHookTimeout"];
            notification_topic_urn: components["schemas"]["NotificationTopicUrn"];
            notification_metadata?: components["schemas"]["NotificationMetadata"];
        };
        /** @description The fields to change. The name is not among them: sent, it is a field the body does not define. The provider's advice for AS.0022 is to "check whether the request body is in standard JSON format or whether an unsupported parameter exists" (https://support.huaweicloud.com/intl/en-us/api-as/as_07_0102.html): a field the body does not define is refused with AS.0022, not ignored. */
        UpdateLifecycleHookBody: {
            lifecycle_hook_type?: components["schemas"]["LifecycleHookType"];
            default_result?: components["schemas"]["LifecycleHookDefaultResult"];
            default_timeout?: components["schemas"]["LifecycleHookTimeout"];
            notification_topic_urn?: components["schemas"]["NotificationTopicUrn"];
            notification_metadata?: components["schemas"]["NotificationMetadata"];
        };
        /**
         * @description 1 to 32 letters, digits, `_` or `-`. Cannot change after creation.
         * @example "test-hook1"
         */
        LifecycleHookName: string;
        /**
         * @description Seconds a hook holds an instance before its default result applies: 60 to 86400, as the
         *     provider's current reference (https://support.huaweicloud.com/intl/en-us/api-as/as_06_0901.html,
         *     https://docs.otc.t-systems.com/auto-scaling/api-ref/apis/lifecycle_hooks/creating_a_lifecycle_hook.html)
         *     and its API Explorer say. The provider's Go SDK model, the Terraform provider's
         *     `huaweicloud_as_lifecycle_hook` (`default_timeout`) and some regional editions
         *     (e.g. https://support.huaweicloud.com/intl/zh-cn/my-kualalumpur-1-api-as/as_06_0901.html)
         *     still say 300 to 86400: `x-as-legacy-minimum`.
         * @example 3600
         */
        LifecycleHookTimeout: number;
        /**
         * @description An SMN topic, `urn:smn:{region}:{project_id}:{topic_name}`.
         * @example "urn:smn:cn-north-4:b53e5554fad0494d96206fb84296510b:gsh"
         */
        NotificationTopicUrn: string;
        /**
         * @description Free text sent with each notification; at most 256 characters, none of `<` `>` `&` `'` `(` `)`.
         * @example "This is a test hook"
         */
        NotificationMetadata: string;
        /**
         * Format: date-time
         * @description A UTC instant to the second, `YYYY-MM-DDThh:mm:ssZ`.
         * @example "2016-11-15T02:56:58Z"
         */
        UtcInstant: string;
        /** @description A hook, as create, show, update and list answer it. */
        LifecycleHook: {
            lifecycle_hook_name: components["schemas"]["LifecycleHookName"];
            lifecycle_hook_type: components["schemas"]["LifecycleHookType"];
            default_result: components["schemas"]["LifecycleHookDefaultResult"];
            default_timeout: components["schemas"]["LifecycleHookTimeout"];
            notification_topic_urn: components["schemas"]["NotificationTopicUrn"];
            /** @description The topic's name, the URN's last segment. */
            notification_topic_name: string;
            /** @description The metadata, or null when unset. */
            notification_metadata: components["schemas"]["NotificationMetadata"] | null;
            create_time: components["schemas"]["UtcInstant"];
        };
        /** @description The hooks of a group. */
        ListLifecycleHooksResponse: {
            lifecycle_hooks: components["schemas"]["LifecycleHook"][];
        };
        /** @description One instance held by one hook. */
        InstanceHangingInfo: {
            instance_id: string;
            scaling_group_id: string;
            lifecycle_hook_name: components["schemas"]["LifecycleHookName"];
            /** @description The token a callback may name; a UUID in every provider example. */
            lifecycle_action_key: string;
            lifecycle_hook_status: components["schemas"]["LifecycleHookStatus"];
            /** @description When the default result applies. */
            timeout: components["schemas"]["UtcInstant"];
            default_result: components["schemas"]["LifecycleHookDefaultResult"];
        };
        /** @description The hanging records of a group. */
        ListHookInstancesResponse: {
            instance_hanging_info: components["schemas"]["InstanceHangingInfo"][];
        };
        /** @description The service's error body. */
        AsErrorBody: {
            error: {
                /** @description The provider's code, one of `x-as-error-catalogue`. */
                code: string;
                message: string;
            };
        };
        /**
         * @description The API gateway's flat error body, for failed authentication, signatures and throttling.
         *     The provider's pages spell the gateway's codes both `APIG.xxxx` (its FAQs) and `APIGW.xxxx`
         *     (its signing guide); both are accepted.
         */
        GatewayErrorBody: {
            error_code: string;
            error_msg: string;
            request_id?: string;
        };
    };
    responses: {
        /** @description The hook. */
        LifecycleHook: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LifecycleHook"];
            };
        };
        /** @description The request is invalid, or the state does not allow it. The code says which. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AsErrorBody"];
            };
        };
        /** @description No credentials, or credentials the service refuses. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AsErrorBody"] | components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description The credentials have no right to this operation. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AsErrorBody"];
            };
        };
        /** @description The hook does not exist. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AsErrorBody"];
            };
        };
        /** @description The service failed. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AsErrorBody"];
            };
        };
        /**
         * @description The API gateway's throttling: more calls per second than the gateway allows the user. The
         *     gateway's flat body, `APIG.0308`. Sources: the provider's APIG.0308 FAQ
         *     (https://support.huaweicloud.com/intl/th-th/oce_faq/en-us_topic_0000001887959462.html).
         */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The project's id.
         * @example "0605767a3300d5762fb7c0186d9e1779"
         */
        ProjectId: string;
        /**
         * @description The scaling group's id.
         * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
         */
        ScalingGroupId: string;
        /**
         * @description The hook's name. A name the group does not have answers 404 AS.0007.
         * @example "test-hook1"
         */
        LifecycleHookNameInPath: string;
    };
    requestBodies: {
        /** @description The target (key, or instance id with hook name) and the result. */
        CallbackLifecycleHook: {
            content: {
                "application/json": components["schemas"]["CallbackLifecycleHookBody"];
            };
        };
        /** @description The new hook. */
        CreateLifecycleHook: {
            content: {
                "application/json": components["schemas"]["CreateLifecycleHookBody"];
            };
        };
        /** @description The fields to change; every field is optional and the name cannot change. */
        UpdateLifecycleHook: {
            content: {
                "application/json": components["schemas"]["UpdateLifecycleHookBody"];
            };
        };
    };
    headers: {
        /**
         * @description The request's id, on every response; quote it to the provider's support.
         * @example "4bc2b8d0a4e8d2ab7ca0f6e5c2b8a7d1"
         */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    callbackLifecycleHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CallbackLifecycleHook"];
        responses: {
            /** @description The callback was accepted. No body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listHookInstances: {
        parameters: {
            query?: {
                /**
                 * @description Only this instance's records. An unknown instance gives an empty list.
                 * @example "b25c1589-c96c-465b-9fef-d06540d1945c"
                 */
                instance_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hanging records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListHookInstancesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createLifecycleHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateLifecycleHook"];
        responses: {
            200: components["responses"]["LifecycleHook"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listLifecycleHooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's hooks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListLifecycleHooksResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    showLifecycleHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
                /**
                 * @description The hook's name. A name the group does not have answers 404 AS.0007.
                 * @example "test-hook1"
                 */
                lifecycle_hook_name: components["parameters"]["LifecycleHookNameInPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LifecycleHook"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateLifecycleHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
                /**
                 * @description The hook's name. A name the group does not have answers 404 AS.0007.
                 * @example "test-hook1"
                 */
                lifecycle_hook_name: components["parameters"]["LifecycleHookNameInPath"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateLifecycleHook"];
        responses: {
            200: components["responses"]["LifecycleHook"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteLifecycleHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example "0605767a3300d5762fb7c0186d9e1779"
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The scaling group's id.
                 * @example "e5d27f5c-dd76-4a61-b4bc-a67c5686719a"
                 */
                scaling_group_id: components["parameters"]["ScalingGroupId"];
                /**
                 * @description The hook's name. A name the group does not have answers 404 AS.0007.
                 * @example "test-hook1"
                 */
                lifecycle_hook_name: components["parameters"]["LifecycleHookNameInPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hook was deleted. No body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
