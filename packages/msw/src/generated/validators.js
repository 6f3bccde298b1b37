// Generated from spec/openapi.yaml by packages/msw/scripts/generate.ts. Do not edit: run `pnpm generate`.
'use strict';
export const validateCallbackLifecycleHook = validate21;
const schema32 = {
  type: 'object',
  additionalProperties: false,
  required: ['lifecycle_action_result'],
  properties: {
    lifecycle_action_key: { type: 'string', minLength: 1 },
    instance_id: { type: 'string', minLength: 1 },
    lifecycle_hook_name: { type: 'string', minLength: 1 },
    lifecycle_action_result: { $ref: '#/components/schemas/LifecycleActionResult' },
  },
  anyOf: [
    { required: ['lifecycle_action_key'] },
    { required: ['instance_id', 'lifecycle_hook_name'] },
  ],
};
const schema33 = { type: 'string', enum: ['ABANDON', 'CONTINUE', 'EXTEND'] };
const func1 = function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      // high surrogate, and there is a next character
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++; // low surrogate
    }
  }
  return length;
};
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.lifecycle_action_key === undefined && (missing0 = 'lifecycle_action_key')) {
      const err0 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: missing0 },
        message: "must have required property '" + missing0 + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing1;
    if (
      (data.instance_id === undefined && (missing1 = 'instance_id')) ||
      (data.lifecycle_hook_name === undefined && (missing1 = 'lifecycle_hook_name'))
    ) {
      const err1 = {
        instancePath,
        schemaPath: '#/anyOf/1/required',
        keyword: 'required',
        params: { missingProperty: missing1 },
        message: "must have required property '" + missing1 + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing2;
      if (data.lifecycle_action_result === undefined && (missing2 = 'lifecycle_action_result')) {
        validate21.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing2 },
            message: "must have required property '" + missing2 + "'",
          },
        ];
        return false;
      } else {
        const _errs4 = errors;
        for (const key0 in data) {
          if (
            !(
              key0 === 'lifecycle_action_key' ||
              key0 === 'instance_id' ||
              key0 === 'lifecycle_hook_name' ||
              key0 === 'lifecycle_action_result'
            )
          ) {
            validate21.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs4 === errors) {
          if (data.lifecycle_action_key !== undefined) {
            let data0 = data.lifecycle_action_key;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (typeof data0 === 'string') {
                if (func1(data0) < 1) {
                  validate21.errors = [
                    {
                      instancePath: instancePath + '/lifecycle_action_key',
                      schemaPath: '#/properties/lifecycle_action_key/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                    },
                  ];
                  return false;
                }
              } else {
                validate21.errors = [
                  {
                    instancePath: instancePath + '/lifecycle_action_key',
                    schemaPath: '#/properties/lifecycle_action_key/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid1 = _errs5 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.instance_id !== undefined) {
              let data1 = data.instance_id;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (typeof data1 === 'string') {
                  if (func1(data1) < 1) {
                    validate21.errors = [
                      {
                        instancePath: instancePath + '/instance_id',
                        schemaPath: '#/properties/instance_id/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  }
                } else {
                  validate21.errors = [
                    {
                      instancePath: instancePath + '/instance_id',
                      schemaPath: '#/properties/instance_id/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
              }
              var valid1 = _errs7 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.lifecycle_hook_name !== undefined) {
                let data2 = data.lifecycle_hook_name;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (typeof data2 === 'string') {
                    if (func1(data2) < 1) {
                      validate21.errors = [
                        {
                          instancePath: instancePath + '/lifecycle_hook_name',
                          schemaPath: '#/properties/lifecycle_hook_name/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate21.errors = [
                      {
                        instancePath: instancePath + '/lifecycle_hook_name',
                        schemaPath: '#/properties/lifecycle_hook_name/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid1 = _errs9 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.lifecycle_action_result !== undefined) {
                  let data3 = data.lifecycle_action_result;
                  const _errs11 = errors;
                  if (typeof data3 !== 'string') {
                    validate21.errors = [
                      {
                        instancePath: instancePath + '/lifecycle_action_result',
                        schemaPath: '#/components/schemas/LifecycleActionResult/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  if (!(data3 === 'ABANDON' || data3 === 'CONTINUE' || data3 === 'EXTEND')) {
                    validate21.errors = [
                      {
                        instancePath: instancePath + '/lifecycle_action_result',
                        schemaPath: '#/components/schemas/LifecycleActionResult/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema33.enum },
                        message: 'must be equal to one of the allowed values',
                      },
                    ];
                    return false;
                  }
                  var valid1 = _errs11 === errors;
                } else {
                  var valid1 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateCreateLifecycleHook = validate22;
const schema34 = {
  type: 'object',
  additionalProperties: false,
  required: ['lifecycle_hook_name', 'lifecycle_hook_type', 'notification_topic_urn'],
  properties: {
    lifecycle_hook_name: { $ref: '#/components/schemas/LifecycleHookName' },
    lifecycle_hook_type: { $ref: '#/components/schemas/LifecycleHookType' },
    default_result: { $ref: '#/components/schemas/LifecycleHookDefaultResult' },
    default_timeout: { $ref: '#/components/schemas/LifecycleHookTimeout' },
    notification_topic_urn: { $ref: '#/components/schemas/NotificationTopicUrn' },
    notification_metadata: { $ref: '#/components/schemas/NotificationMetadata' },
  },
};
const schema35 = { type: 'string', minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_-]*$' };
const schema36 = { type: 'string', enum: ['INSTANCE_LAUNCHING', 'INSTANCE_TERMINATING'] };
const schema37 = { type: 'string', enum: ['ABANDON', 'CONTINUE'] };
const schema38 = { type: 'integer', minimum: 60, maximum: 86400 };
const schema39 = {
  type: 'string',
  pattern: '^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9][A-Za-z0-9_-]{0,254}$',
};
const schema40 = { type: 'string', maxLength: 256, pattern: "^[^<>&'()]*$" };
const pattern4 = new RegExp('^[A-Za-z0-9_-]*$', 'u');
const pattern5 = new RegExp(
  '^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9][A-Za-z0-9_-]{0,254}$',
  'u',
);
const pattern6 = new RegExp("^[^<>&'()]*$", 'u');
function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.lifecycle_hook_name === undefined && (missing0 = 'lifecycle_hook_name')) ||
        (data.lifecycle_hook_type === undefined && (missing0 = 'lifecycle_hook_type')) ||
        (data.notification_topic_urn === undefined && (missing0 = 'notification_topic_urn'))
      ) {
        validate22.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(
              key0 === 'lifecycle_hook_name' ||
              key0 === 'lifecycle_hook_type' ||
              key0 === 'default_result' ||
              key0 === 'default_timeout' ||
              key0 === 'notification_topic_urn' ||
              key0 === 'notification_metadata'
            )
          ) {
            validate22.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.lifecycle_hook_name !== undefined) {
            let data0 = data.lifecycle_hook_name;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === 'string') {
                if (func1(data0) > 32) {
                  validate22.errors = [
                    {
                      instancePath: instancePath + '/lifecycle_hook_name',
                      schemaPath: '#/components/schemas/LifecycleHookName/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 32 },
                      message: 'must NOT have more than 32 characters',
                    },
                  ];
                  return false;
                } else {
                  if (func1(data0) < 1) {
                    validate22.errors = [
                      {
                        instancePath: instancePath + '/lifecycle_hook_name',
                        schemaPath: '#/components/schemas/LifecycleHookName/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (!pattern4.test(data0)) {
                      validate22.errors = [
                        {
                          instancePath: instancePath + '/lifecycle_hook_name',
                          schemaPath: '#/components/schemas/LifecycleHookName/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^[A-Za-z0-9_-]*$' },
                          message: 'must match pattern "' + '^[A-Za-z0-9_-]*$' + '"',
                        },
                      ];
                      return false;
                    }
                  }
                }
              } else {
                validate22.errors = [
                  {
                    instancePath: instancePath + '/lifecycle_hook_name',
                    schemaPath: '#/components/schemas/LifecycleHookName/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.lifecycle_hook_type !== undefined) {
              let data1 = data.lifecycle_hook_type;
              const _errs5 = errors;
              if (typeof data1 !== 'string') {
                validate22.errors = [
                  {
                    instancePath: instancePath + '/lifecycle_hook_type',
                    schemaPath: '#/components/schemas/LifecycleHookType/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              if (!(data1 === 'INSTANCE_LAUNCHING' || data1 === 'INSTANCE_TERMINATING')) {
                validate22.errors = [
                  {
                    instancePath: instancePath + '/lifecycle_hook_type',
                    schemaPath: '#/components/schemas/LifecycleHookType/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema36.enum },
                    message: 'must be equal to one of the allowed values',
                  },
                ];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.default_result !== undefined) {
                let data2 = data.default_result;
                const _errs8 = errors;
                if (typeof data2 !== 'string') {
                  validate22.errors = [
                    {
                      instancePath: instancePath + '/default_result',
                      schemaPath: '#/components/schemas/LifecycleHookDefaultResult/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                if (!(data2 === 'ABANDON' || data2 === 'CONTINUE')) {
                  validate22.errors = [
                    {
                      instancePath: instancePath + '/default_result',
                      schemaPath: '#/components/schemas/LifecycleHookDefaultResult/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema37.enum },
                      message: 'must be equal to one of the allowed values',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.default_timeout !== undefined) {
                  let data3 = data.default_timeout;
                  const _errs11 = errors;
                  const _errs12 = errors;
                  if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                    validate22.errors = [
                      {
                        instancePath: instancePath + '/default_timeout',
                        schemaPath: '#/components/schemas/LifecycleHookTimeout/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      },
                    ];
                    return false;
                  }
                  if (errors === _errs12) {
                    if (typeof data3 == 'number') {
                      if (data3 > 86400 || isNaN(data3)) {
                        validate22.errors = [
                          {
                            instancePath: instancePath + '/default_timeout',
                            schemaPath: '#/components/schemas/LifecycleHookTimeout/maximum',
                            keyword: 'maximum',
                            params: { comparison: '<=', limit: 86400 },
                            message: 'must be <= 86400',
                          },
                        ];
                        return false;
                      } else {
                        if (data3 < 60 || isNaN(data3)) {
                          validate22.errors = [
                            {
                              instancePath: instancePath + '/default_timeout',
                              schemaPath: '#/components/schemas/LifecycleHookTimeout/minimum',
                              keyword: 'minimum',
                              params: { comparison: '>=', limit: 60 },
                              message: 'must be >= 60',
                            },
                          ];
                          return false;
                        }
                      }
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.notification_topic_urn !== undefined) {
                    let data4 = data.notification_topic_urn;
                    const _errs14 = errors;
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (typeof data4 === 'string') {
                        if (!pattern5.test(data4)) {
                          validate22.errors = [
                            {
                              instancePath: instancePath + '/notification_topic_urn',
                              schemaPath: '#/components/schemas/NotificationTopicUrn/pattern',
                              keyword: 'pattern',
                              params: {
                                pattern:
                                  '^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9][A-Za-z0-9_-]{0,254}$',
                              },
                              message:
                                'must match pattern "' +
                                '^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9][A-Za-z0-9_-]{0,254}$' +
                                '"',
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate22.errors = [
                          {
                            instancePath: instancePath + '/notification_topic_urn',
                            schemaPath: '#/components/schemas/NotificationTopicUrn/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.notification_metadata !== undefined) {
                      let data5 = data.notification_metadata;
                      const _errs17 = errors;
                      const _errs18 = errors;
                      if (errors === _errs18) {
                        if (typeof data5 === 'string') {
                          if (func1(data5) > 256) {
                            validate22.errors = [
                              {
                                instancePath: instancePath + '/notification_metadata',
                                schemaPath: '#/components/schemas/NotificationMetadata/maxLength',
                                keyword: 'maxLength',
                                params: { limit: 256 },
                                message: 'must NOT have more than 256 characters',
                              },
                            ];
                            return false;
                          } else {
                            if (!pattern6.test(data5)) {
                              validate22.errors = [
                                {
                                  instancePath: instancePath + '/notification_metadata',
                                  schemaPath: '#/components/schemas/NotificationMetadata/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: "^[^<>&'()]*$" },
                                  message: 'must match pattern "' + "^[^<>&'()]*$" + '"',
                                },
                              ];
                              return false;
                            }
                          }
                        } else {
                          validate22.errors = [
                            {
                              instancePath: instancePath + '/notification_metadata',
                              schemaPath: '#/components/schemas/NotificationMetadata/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs17 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate22.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateUpdateLifecycleHook = validate23;
const schema41 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    lifecycle_hook_type: { $ref: '#/components/schemas/LifecycleHookType' },
    default_result: { $ref: '#/components/schemas/LifecycleHookDefaultResult' },
    default_timeout: { $ref: '#/components/schemas/LifecycleHookTimeout' },
    notification_topic_urn: { $ref: '#/components/schemas/NotificationTopicUrn' },
    notification_metadata: { $ref: '#/components/schemas/NotificationMetadata' },
  },
};
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (
          !(
            key0 === 'lifecycle_hook_type' ||
            key0 === 'default_result' ||
            key0 === 'default_timeout' ||
            key0 === 'notification_topic_urn' ||
            key0 === 'notification_metadata'
          )
        ) {
          validate23.errors = [
            {
              instancePath,
              schemaPath: '#/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
              message: 'must NOT have additional properties',
            },
          ];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.lifecycle_hook_type !== undefined) {
          let data0 = data.lifecycle_hook_type;
          const _errs2 = errors;
          if (typeof data0 !== 'string') {
            validate23.errors = [
              {
                instancePath: instancePath + '/lifecycle_hook_type',
                schemaPath: '#/components/schemas/LifecycleHookType/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if (!(data0 === 'INSTANCE_LAUNCHING' || data0 === 'INSTANCE_TERMINATING')) {
            validate23.errors = [
              {
                instancePath: instancePath + '/lifecycle_hook_type',
                schemaPath: '#/components/schemas/LifecycleHookType/enum',
                keyword: 'enum',
                params: { allowedValues: schema36.enum },
                message: 'must be equal to one of the allowed values',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.default_result !== undefined) {
            let data1 = data.default_result;
            const _errs5 = errors;
            if (typeof data1 !== 'string') {
              validate23.errors = [
                {
                  instancePath: instancePath + '/default_result',
                  schemaPath: '#/components/schemas/LifecycleHookDefaultResult/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            if (!(data1 === 'ABANDON' || data1 === 'CONTINUE')) {
              validate23.errors = [
                {
                  instancePath: instancePath + '/default_result',
                  schemaPath: '#/components/schemas/LifecycleHookDefaultResult/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema37.enum },
                  message: 'must be equal to one of the allowed values',
                },
              ];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.default_timeout !== undefined) {
              let data2 = data.default_timeout;
              const _errs8 = errors;
              const _errs9 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
                validate23.errors = [
                  {
                    instancePath: instancePath + '/default_timeout',
                    schemaPath: '#/components/schemas/LifecycleHookTimeout/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              if (errors === _errs9) {
                if (typeof data2 == 'number') {
                  if (data2 > 86400 || isNaN(data2)) {
                    validate23.errors = [
                      {
                        instancePath: instancePath + '/default_timeout',
                        schemaPath: '#/components/schemas/LifecycleHookTimeout/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 86400 },
                        message: 'must be <= 86400',
                      },
                    ];
                    return false;
                  } else {
                    if (data2 < 60 || isNaN(data2)) {
                      validate23.errors = [
                        {
                          instancePath: instancePath + '/default_timeout',
                          schemaPath: '#/components/schemas/LifecycleHookTimeout/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: 60 },
                          message: 'must be >= 60',
                        },
                      ];
                      return false;
                    }
                  }
                }
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.notification_topic_urn !== undefined) {
                let data3 = data.notification_topic_urn;
                const _errs11 = errors;
                const _errs12 = errors;
                if (errors === _errs12) {
                  if (typeof data3 === 'string') {
                    if (!pattern5.test(data3)) {
                      validate23.errors = [
                        {
                          instancePath: instancePath + '/notification_topic_urn',
                          schemaPath: '#/components/schemas/NotificationTopicUrn/pattern',
                          keyword: 'pattern',
                          params: {
                            pattern:
                              '^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9][A-Za-z0-9_-]{0,254}$',
                          },
                          message:
                            'must match pattern "' +
                            '^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9][A-Za-z0-9_-]{0,254}$' +
                            '"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate23.errors = [
                      {
                        instancePath: instancePath + '/notification_topic_urn',
                        schemaPath: '#/components/schemas/NotificationTopicUrn/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.notification_metadata !== undefined) {
                  let data4 = data.notification_metadata;
                  const _errs14 = errors;
                  const _errs15 = errors;
                  if (errors === _errs15) {
                    if (typeof data4 === 'string') {
                      if (func1(data4) > 256) {
                        validate23.errors = [
                          {
                            instancePath: instancePath + '/notification_metadata',
                            schemaPath: '#/components/schemas/NotificationMetadata/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 256 },
                            message: 'must NOT have more than 256 characters',
                          },
                        ];
                        return false;
                      } else {
                        if (!pattern6.test(data4)) {
                          validate23.errors = [
                            {
                              instancePath: instancePath + '/notification_metadata',
                              schemaPath: '#/components/schemas/NotificationMetadata/pattern',
                              keyword: 'pattern',
                              params: { pattern: "^[^<>&'()]*$" },
                              message: 'must match pattern "' + "^[^<>&'()]*$" + '"',
                            },
                          ];
                          return false;
                        }
                      }
                    } else {
                      validate23.errors = [
                        {
                          instancePath: instancePath + '/notification_metadata',
                          schemaPath: '#/components/schemas/NotificationMetadata/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs14 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate23.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validateScenario = validate24;
const schema47 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://raw.githubusercontent.com/as-lifecycle/as-lifecycle/main/packages/msw/scenario.schema.json',
  type: 'object',
  required: ['project_id', 'scaling_groups'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    project_id: { type: 'string', minLength: 1 },
    scaling_groups: { type: 'array', items: { $ref: '#/$defs/ScalingGroup' } },
  },
  $defs: {
    ScalingGroup: {
      type: 'object',
      required: ['scaling_group_id'],
      additionalProperties: false,
      properties: {
        scaling_group_id: { type: 'string', minLength: 1 },
        lifecycle_hooks: {
          type: 'array',
          maxItems: 5,
          items: { $ref: '#/$defs/CreateLifecycleHookBody' },
        },
        instance_hanging_info: { type: 'array', items: { $ref: '#/$defs/HangingInstance' } },
      },
    },
    HangingInstance: {
      type: 'object',
      required: ['instance_id', 'lifecycle_hook_name'],
      additionalProperties: false,
      properties: {
        instance_id: { type: 'string', minLength: 1 },
        lifecycle_hook_name: { $ref: '#/$defs/LifecycleHookName' },
        lifecycle_action_key: { type: 'string', minLength: 1 },
        lifecycle_hook_status: { $ref: '#/$defs/LifecycleHookStatus' },
        timeout: { $ref: '#/$defs/UtcInstant' },
        default_result: { $ref: '#/$defs/LifecycleHookDefaultResult' },
      },
    },
    CreateLifecycleHookBody: {
      type: 'object',
      additionalProperties: false,
      required: ['lifecycle_hook_name', 'lifecycle_hook_type', 'notification_topic_urn'],
      properties: {
        lifecycle_hook_name: { $ref: '#/$defs/LifecycleHookName' },
        lifecycle_hook_type: { $ref: '#/$defs/LifecycleHookType' },
        default_result: { $ref: '#/$defs/LifecycleHookDefaultResult' },
        default_timeout: { $ref: '#/$defs/LifecycleHookTimeout' },
        notification_topic_urn: { $ref: '#/$defs/NotificationTopicUrn' },
        notification_metadata: { $ref: '#/$defs/NotificationMetadata' },
      },
    },
    LifecycleHookName: { type: 'string', minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_-]*$' },
    LifecycleHookStatus: { type: 'string', enum: ['HANGING', 'CONTINUE', 'ABANDON'] },
    UtcInstant: {
      type: 'string',
      format: 'date-time',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$',
    },
    LifecycleHookDefaultResult: { type: 'string', enum: ['ABANDON', 'CONTINUE'] },
    LifecycleHookType: { type: 'string', enum: ['INSTANCE_LAUNCHING', 'INSTANCE_TERMINATING'] },
    LifecycleHookTimeout: { type: 'integer', minimum: 60, maximum: 86400 },
    NotificationTopicUrn: {
      type: 'string',
      pattern: '^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9][A-Za-z0-9_-]{0,254}$',
    },
    NotificationMetadata: { type: 'string', maxLength: 256, pattern: "^[^<>&'()]*$" },
  },
};
const schema48 = {
  type: 'object',
  required: ['scaling_group_id'],
  additionalProperties: false,
  properties: {
    scaling_group_id: { type: 'string', minLength: 1 },
    lifecycle_hooks: {
      type: 'array',
      maxItems: 5,
      items: { $ref: '#/$defs/CreateLifecycleHookBody' },
    },
    instance_hanging_info: { type: 'array', items: { $ref: '#/$defs/HangingInstance' } },
  },
};
const schema49 = {
  type: 'object',
  additionalProperties: false,
  required: ['lifecycle_hook_name', 'lifecycle_hook_type', 'notification_topic_urn'],
  properties: {
    lifecycle_hook_name: { $ref: '#/$defs/LifecycleHookName' },
    lifecycle_hook_type: { $ref: '#/$defs/LifecycleHookType' },
    default_result: { $ref: '#/$defs/LifecycleHookDefaultResult' },
    default_timeout: { $ref: '#/$defs/LifecycleHookTimeout' },
    notification_topic_urn: { $ref: '#/$defs/NotificationTopicUrn' },
    notification_metadata: { $ref: '#/$defs/NotificationMetadata' },
  },
};
const schema50 = { type: 'string', minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_-]*$' };
const schema51 = { type: 'string', enum: ['INSTANCE_LAUNCHING', 'INSTANCE_TERMINATING'] };
const schema52 = { type: 'string', enum: ['ABANDON', 'CONTINUE'] };
const schema53 = { type: 'integer', minimum: 60, maximum: 86400 };
const schema54 = {
  type: 'string',
  pattern: '^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9][A-Za-z0-9_-]{0,254}$',
};
const schema55 = { type: 'string', maxLength: 256, pattern: "^[^<>&'()]*$" };
function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.lifecycle_hook_name === undefined && (missing0 = 'lifecycle_hook_name')) ||
        (data.lifecycle_hook_type === undefined && (missing0 = 'lifecycle_hook_type')) ||
        (data.notification_topic_urn === undefined && (missing0 = 'notification_topic_urn'))
      ) {
        validate26.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(
              key0 === 'lifecycle_hook_name' ||
              key0 === 'lifecycle_hook_type' ||
              key0 === 'default_result' ||
              key0 === 'default_timeout' ||
              key0 === 'notification_topic_urn' ||
              key0 === 'notification_metadata'
            )
          ) {
            validate26.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.lifecycle_hook_name !== undefined) {
            let data0 = data.lifecycle_hook_name;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === 'string') {
                if (func1(data0) > 32) {
                  validate26.errors = [
                    {
                      instancePath: instancePath + '/lifecycle_hook_name',
                      schemaPath: '#/$defs/LifecycleHookName/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 32 },
                      message: 'must NOT have more than 32 characters',
                    },
                  ];
                  return false;
                } else {
                  if (func1(data0) < 1) {
                    validate26.errors = [
                      {
                        instancePath: instancePath + '/lifecycle_hook_name',
                        schemaPath: '#/$defs/LifecycleHookName/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (!pattern4.test(data0)) {
                      validate26.errors = [
                        {
                          instancePath: instancePath + '/lifecycle_hook_name',
                          schemaPath: '#/$defs/LifecycleHookName/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^[A-Za-z0-9_-]*$' },
                          message: 'must match pattern "' + '^[A-Za-z0-9_-]*$' + '"',
                        },
                      ];
                      return false;
                    }
                  }
                }
              } else {
                validate26.errors = [
                  {
                    instancePath: instancePath + '/lifecycle_hook_name',
                    schemaPath: '#/$defs/LifecycleHookName/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.lifecycle_hook_type !== undefined) {
              let data1 = data.lifecycle_hook_type;
              const _errs5 = errors;
              if (typeof data1 !== 'string') {
                validate26.errors = [
                  {
                    instancePath: instancePath + '/lifecycle_hook_type',
                    schemaPath: '#/$defs/LifecycleHookType/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              if (!(data1 === 'INSTANCE_LAUNCHING' || data1 === 'INSTANCE_TERMINATING')) {
                validate26.errors = [
                  {
                    instancePath: instancePath + '/lifecycle_hook_type',
                    schemaPath: '#/$defs/LifecycleHookType/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema51.enum },
                    message: 'must be equal to one of the allowed values',
                  },
                ];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.default_result !== undefined) {
                let data2 = data.default_result;
                const _errs8 = errors;
                if (typeof data2 !== 'string') {
                  validate26.errors = [
                    {
                      instancePath: instancePath + '/default_result',
                      schemaPath: '#/$defs/LifecycleHookDefaultResult/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                if (!(data2 === 'ABANDON' || data2 === 'CONTINUE')) {
                  validate26.errors = [
                    {
                      instancePath: instancePath + '/default_result',
                      schemaPath: '#/$defs/LifecycleHookDefaultResult/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema52.enum },
                      message: 'must be equal to one of the allowed values',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.default_timeout !== undefined) {
                  let data3 = data.default_timeout;
                  const _errs11 = errors;
                  const _errs12 = errors;
                  if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                    validate26.errors = [
                      {
                        instancePath: instancePath + '/default_timeout',
                        schemaPath: '#/$defs/LifecycleHookTimeout/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      },
                    ];
                    return false;
                  }
                  if (errors === _errs12) {
                    if (typeof data3 == 'number') {
                      if (data3 > 86400 || isNaN(data3)) {
                        validate26.errors = [
                          {
                            instancePath: instancePath + '/default_timeout',
                            schemaPath: '#/$defs/LifecycleHookTimeout/maximum',
                            keyword: 'maximum',
                            params: { comparison: '<=', limit: 86400 },
                            message: 'must be <= 86400',
                          },
                        ];
                        return false;
                      } else {
                        if (data3 < 60 || isNaN(data3)) {
                          validate26.errors = [
                            {
                              instancePath: instancePath + '/default_timeout',
                              schemaPath: '#/$defs/LifecycleHookTimeout/minimum',
                              keyword: 'minimum',
                              params: { comparison: '>=', limit: 60 },
                              message: 'must be >= 60',
                            },
                          ];
                          return false;
                        }
                      }
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.notification_topic_urn !== undefined) {
                    let data4 = data.notification_topic_urn;
                    const _errs14 = errors;
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (typeof data4 === 'string') {
                        if (!pattern5.test(data4)) {
                          validate26.errors = [
                            {
                              instancePath: instancePath + '/notification_topic_urn',
                              schemaPath: '#/$defs/NotificationTopicUrn/pattern',
                              keyword: 'pattern',
                              params: {
                                pattern:
                                  '^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9][A-Za-z0-9_-]{0,254}$',
                              },
                              message:
                                'must match pattern "' +
                                '^urn:smn:[A-Za-z0-9-]+:[A-Za-z0-9]+:[A-Za-z0-9][A-Za-z0-9_-]{0,254}$' +
                                '"',
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate26.errors = [
                          {
                            instancePath: instancePath + '/notification_topic_urn',
                            schemaPath: '#/$defs/NotificationTopicUrn/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.notification_metadata !== undefined) {
                      let data5 = data.notification_metadata;
                      const _errs17 = errors;
                      const _errs18 = errors;
                      if (errors === _errs18) {
                        if (typeof data5 === 'string') {
                          if (func1(data5) > 256) {
                            validate26.errors = [
                              {
                                instancePath: instancePath + '/notification_metadata',
                                schemaPath: '#/$defs/NotificationMetadata/maxLength',
                                keyword: 'maxLength',
                                params: { limit: 256 },
                                message: 'must NOT have more than 256 characters',
                              },
                            ];
                            return false;
                          } else {
                            if (!pattern6.test(data5)) {
                              validate26.errors = [
                                {
                                  instancePath: instancePath + '/notification_metadata',
                                  schemaPath: '#/$defs/NotificationMetadata/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: "^[^<>&'()]*$" },
                                  message: 'must match pattern "' + "^[^<>&'()]*$" + '"',
                                },
                              ];
                              return false;
                            }
                          }
                        } else {
                          validate26.errors = [
                            {
                              instancePath: instancePath + '/notification_metadata',
                              schemaPath: '#/$defs/NotificationMetadata/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs17 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate26.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema56 = {
  type: 'object',
  required: ['instance_id', 'lifecycle_hook_name'],
  additionalProperties: false,
  properties: {
    instance_id: { type: 'string', minLength: 1 },
    lifecycle_hook_name: { $ref: '#/$defs/LifecycleHookName' },
    lifecycle_action_key: { type: 'string', minLength: 1 },
    lifecycle_hook_status: { $ref: '#/$defs/LifecycleHookStatus' },
    timeout: { $ref: '#/$defs/UtcInstant' },
    default_result: { $ref: '#/$defs/LifecycleHookDefaultResult' },
  },
};
const schema58 = { type: 'string', enum: ['HANGING', 'CONTINUE', 'ABANDON'] };
const schema59 = {
  type: 'string',
  format: 'date-time',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$',
};
const pattern13 = new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$', 'u');
const formats0 =
  /^\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|[12]\d))t(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;
function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.instance_id === undefined && (missing0 = 'instance_id')) ||
        (data.lifecycle_hook_name === undefined && (missing0 = 'lifecycle_hook_name'))
      ) {
        validate28.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(
              key0 === 'instance_id' ||
              key0 === 'lifecycle_hook_name' ||
              key0 === 'lifecycle_action_key' ||
              key0 === 'lifecycle_hook_status' ||
              key0 === 'timeout' ||
              key0 === 'default_result'
            )
          ) {
            validate28.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.instance_id !== undefined) {
            let data0 = data.instance_id;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === 'string') {
                if (func1(data0) < 1) {
                  validate28.errors = [
                    {
                      instancePath: instancePath + '/instance_id',
                      schemaPath: '#/properties/instance_id/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                    },
                  ];
                  return false;
                }
              } else {
                validate28.errors = [
                  {
                    instancePath: instancePath + '/instance_id',
                    schemaPath: '#/properties/instance_id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.lifecycle_hook_name !== undefined) {
              let data1 = data.lifecycle_hook_name;
              const _errs4 = errors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data1 === 'string') {
                  if (func1(data1) > 32) {
                    validate28.errors = [
                      {
                        instancePath: instancePath + '/lifecycle_hook_name',
                        schemaPath: '#/$defs/LifecycleHookName/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 32 },
                        message: 'must NOT have more than 32 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (func1(data1) < 1) {
                      validate28.errors = [
                        {
                          instancePath: instancePath + '/lifecycle_hook_name',
                          schemaPath: '#/$defs/LifecycleHookName/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        },
                      ];
                      return false;
                    } else {
                      if (!pattern4.test(data1)) {
                        validate28.errors = [
                          {
                            instancePath: instancePath + '/lifecycle_hook_name',
                            schemaPath: '#/$defs/LifecycleHookName/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[A-Za-z0-9_-]*$' },
                            message: 'must match pattern "' + '^[A-Za-z0-9_-]*$' + '"',
                          },
                        ];
                        return false;
                      }
                    }
                  }
                } else {
                  validate28.errors = [
                    {
                      instancePath: instancePath + '/lifecycle_hook_name',
                      schemaPath: '#/$defs/LifecycleHookName/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.lifecycle_action_key !== undefined) {
                let data2 = data.lifecycle_action_key;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data2 === 'string') {
                    if (func1(data2) < 1) {
                      validate28.errors = [
                        {
                          instancePath: instancePath + '/lifecycle_action_key',
                          schemaPath: '#/properties/lifecycle_action_key/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate28.errors = [
                      {
                        instancePath: instancePath + '/lifecycle_action_key',
                        schemaPath: '#/properties/lifecycle_action_key/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.lifecycle_hook_status !== undefined) {
                  let data3 = data.lifecycle_hook_status;
                  const _errs9 = errors;
                  if (typeof data3 !== 'string') {
                    validate28.errors = [
                      {
                        instancePath: instancePath + '/lifecycle_hook_status',
                        schemaPath: '#/$defs/LifecycleHookStatus/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  if (!(data3 === 'HANGING' || data3 === 'CONTINUE' || data3 === 'ABANDON')) {
                    validate28.errors = [
                      {
                        instancePath: instancePath + '/lifecycle_hook_status',
                        schemaPath: '#/$defs/LifecycleHookStatus/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema58.enum },
                        message: 'must be equal to one of the allowed values',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.timeout !== undefined) {
                    let data4 = data.timeout;
                    const _errs12 = errors;
                    const _errs13 = errors;
                    if (errors === _errs13) {
                      if (errors === _errs13) {
                        if (typeof data4 === 'string') {
                          if (!pattern13.test(data4)) {
                            validate28.errors = [
                              {
                                instancePath: instancePath + '/timeout',
                                schemaPath: '#/$defs/UtcInstant/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$' },
                                message:
                                  'must match pattern "' +
                                  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$' +
                                  '"',
                              },
                            ];
                            return false;
                          } else {
                            if (!formats0.test(data4)) {
                              validate28.errors = [
                                {
                                  instancePath: instancePath + '/timeout',
                                  schemaPath: '#/$defs/UtcInstant/format',
                                  keyword: 'format',
                                  params: { format: 'date-time' },
                                  message: 'must match format "' + 'date-time' + '"',
                                },
                              ];
                              return false;
                            }
                          }
                        } else {
                          validate28.errors = [
                            {
                              instancePath: instancePath + '/timeout',
                              schemaPath: '#/$defs/UtcInstant/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.default_result !== undefined) {
                      let data5 = data.default_result;
                      const _errs15 = errors;
                      if (typeof data5 !== 'string') {
                        validate28.errors = [
                          {
                            instancePath: instancePath + '/default_result',
                            schemaPath: '#/$defs/LifecycleHookDefaultResult/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      if (!(data5 === 'ABANDON' || data5 === 'CONTINUE')) {
                        validate28.errors = [
                          {
                            instancePath: instancePath + '/default_result',
                            schemaPath: '#/$defs/LifecycleHookDefaultResult/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema52.enum },
                            message: 'must be equal to one of the allowed values',
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate28.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.scaling_group_id === undefined && (missing0 = 'scaling_group_id')) {
        validate25.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(
              key0 === 'scaling_group_id' ||
              key0 === 'lifecycle_hooks' ||
              key0 === 'instance_hanging_info'
            )
          ) {
            validate25.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.scaling_group_id !== undefined) {
            let data0 = data.scaling_group_id;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === 'string') {
                if (func1(data0) < 1) {
                  validate25.errors = [
                    {
                      instancePath: instancePath + '/scaling_group_id',
                      schemaPath: '#/properties/scaling_group_id/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                    },
                  ];
                  return false;
                }
              } else {
                validate25.errors = [
                  {
                    instancePath: instancePath + '/scaling_group_id',
                    schemaPath: '#/properties/scaling_group_id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.lifecycle_hooks !== undefined) {
              let data1 = data.lifecycle_hooks;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data1)) {
                  if (data1.length > 5) {
                    validate25.errors = [
                      {
                        instancePath: instancePath + '/lifecycle_hooks',
                        schemaPath: '#/properties/lifecycle_hooks/maxItems',
                        keyword: 'maxItems',
                        params: { limit: 5 },
                        message: 'must NOT have more than 5 items',
                      },
                    ];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs6 = errors;
                      if (
                        !validate26(data1[i0], {
                          instancePath: instancePath + '/lifecycle_hooks/' + i0,
                          parentData: data1,
                          parentDataProperty: i0,
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs6 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                } else {
                  validate25.errors = [
                    {
                      instancePath: instancePath + '/lifecycle_hooks',
                      schemaPath: '#/properties/lifecycle_hooks/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.instance_hanging_info !== undefined) {
                let data3 = data.instance_hanging_info;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (Array.isArray(data3)) {
                    var valid2 = true;
                    const len1 = data3.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs9 = errors;
                      if (
                        !validate28(data3[i1], {
                          instancePath: instancePath + '/instance_hanging_info/' + i1,
                          parentData: data3,
                          parentDataProperty: i1,
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                        errors = vErrors.length;
                      }
                      var valid2 = _errs9 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate25.errors = [
                      {
                        instancePath: instancePath + '/instance_hanging_info',
                        schemaPath: '#/properties/instance_hanging_info/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate25.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://raw.githubusercontent.com/as-lifecycle/as-lifecycle/main/packages/msw/scenario.schema.json" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.project_id === undefined && (missing0 = 'project_id')) ||
        (data.scaling_groups === undefined && (missing0 = 'scaling_groups'))
      ) {
        validate24.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === '$schema' || key0 === 'project_id' || key0 === 'scaling_groups')) {
            validate24.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.$schema !== undefined) {
            const _errs2 = errors;
            if (typeof data.$schema !== 'string') {
              validate24.errors = [
                {
                  instancePath: instancePath + '/$schema',
                  schemaPath: '#/properties/%24schema/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.project_id !== undefined) {
              let data1 = data.project_id;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === 'string') {
                  if (func1(data1) < 1) {
                    validate24.errors = [
                      {
                        instancePath: instancePath + '/project_id',
                        schemaPath: '#/properties/project_id/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  }
                } else {
                  validate24.errors = [
                    {
                      instancePath: instancePath + '/project_id',
                      schemaPath: '#/properties/project_id/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.scaling_groups !== undefined) {
                let data2 = data.scaling_groups;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (Array.isArray(data2)) {
                    var valid1 = true;
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs8 = errors;
                      if (
                        !validate25(data2[i0], {
                          instancePath: instancePath + '/scaling_groups/' + i0,
                          parentData: data2,
                          parentDataProperty: i0,
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs8 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate24.errors = [
                      {
                        instancePath: instancePath + '/scaling_groups',
                        schemaPath: '#/properties/scaling_groups/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate24.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
