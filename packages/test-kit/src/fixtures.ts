/** The README's scenario and its ids, shared by the mock's tests and the contract suite's. */

export const ids = {
  project: '0605767a3300d5762fb7c0186d9e1779',
  group: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a',
  instance: 'b25c1589-c96c-465b-9fef-d06540d1945c',
  key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069',
} as const;

export const topic = `urn:smn:cn-north-4:${ids.project}:as-hooks`;

/** The scenario of the README (one launching hook, one instance held). */
export const readmeScenario = {
  project_id: ids.project,
  scaling_groups: [
    {
      scaling_group_id: ids.group,
      lifecycle_hooks: [
        {
          lifecycle_hook_name: 'hook-launch',
          lifecycle_hook_type: 'INSTANCE_LAUNCHING',
          default_result: 'ABANDON',
          default_timeout: 3600,
          notification_topic_urn: topic,
        },
      ],
      instance_hanging_info: [
        {
          instance_id: ids.instance,
          lifecycle_hook_name: 'hook-launch',
          lifecycle_action_key: ids.key,
        },
      ],
    },
  ],
} as const;

/** The API's base URL for the README's project, in cn-north-4. */
export const base = `https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/${ids.project}`;
