/** The scenario example of the README's "The scenario", documented in scenario.schema.json. */
export const scenarioExample = {
  project_id: '0605767a3300d5762fb7c0186d9e1779',
  scaling_groups: [
    {
      scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a',
      lifecycle_hooks: [
        {
          lifecycle_hook_name: 'hook-launch',
          lifecycle_hook_type: 'INSTANCE_LAUNCHING',
          default_result: 'ABANDON',
          default_timeout: 3600,
          notification_topic_urn: 'urn:smn:cn-north-4:0605767a3300d5762fb7c0186d9e1779:as-hooks',
        },
      ],
      instance_hanging_info: [
        {
          instance_id: 'b25c1589-c96c-465b-9fef-d06540d1945c',
          lifecycle_hook_name: 'hook-launch',
          lifecycle_action_key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069',
        },
      ],
    },
  ],
};
