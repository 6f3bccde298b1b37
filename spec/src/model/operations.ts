/** The operations of the spec: route, success status, SDK name, state errors and body. */
import { type BodyModel, bodyModel } from './bodies';
import { follow, type Node, segment } from './document';

/** An error that depends on state, not on the request's shape (`x-as-errors`), by its stable id. */
export interface StateError {
  /** Stable, kebab-case: what code refers to (`hook-limit`, `target-not-hanging`…). */
  readonly id: string;
  readonly code: string;
  /** Prose for readers; never matched by code. */
  readonly when: string;
}

/** A parameter of an operation (the path item's, then its own), `$ref`s followed. */
export interface ParameterModel {
  readonly name: string;
  /** `path`, `query`, `header` or `cookie`. */
  readonly in: string;
  readonly required: boolean;
  /** The parameter's description, else its schema's. */
  readonly description?: string;
  /** The validation keywords of its schema (`type`, `enum`, `pattern`…), `$ref` followed. */
  readonly keywords: Readonly<Node>;
}

/** One operation of the spec. */
export interface OperationModel {
  readonly operationId: string;
  /** Upper case: `GET`, `PUT`… */
  readonly method: string;
  /** The path template, `/autoscaling-api/v1/{project_id}/…`. */
  readonly path: string;
  /** Pointer to the operation object. */
  readonly pointer: string;
  readonly node: Readonly<Node>;
  /** Its parameters: the path item's, then its own, in the spec's order. */
  readonly parameters: readonly ParameterModel[];
  /** The names of its query parameters, in the spec's order. */
  readonly query: readonly string[];
  /** The status of its success response. */
  readonly successStatus: number;
  /** The provider's SDK name of the operation (`x-sdk-operation`). */
  readonly sdkOperation: string | undefined;
  readonly stateErrors: readonly StateError[];
  /** Its JSON request body, if it takes one. */
  readonly body: BodyModel | undefined;
}

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function parameterModel(document: Node, ref: Node): ParameterModel {
  const parameter = follow(document, ref, '').node;
  const schema = follow(document, (parameter.schema ?? {}) as Node, '').node;
  const description = parameter.description ?? schema.description;
  return {
    name: String(parameter.name),
    in: String(parameter.in),
    required: parameter.required === true,
    ...(typeof description === 'string' ? { description } : {}),
    keywords: Object.fromEntries(
      Object.entries(schema).filter(([key]) => !key.startsWith('x-') && key !== 'description'),
    ),
  };
}

function operationModel(document: Node, path: string, item: Node, method: string, node: Node) {
  const operationId = String(node.operationId);
  const parameters = [
    ...((item.parameters ?? []) as Node[]),
    ...((node.parameters ?? []) as Node[]),
  ].map((ref) => parameterModel(document, ref));
  const success = Object.keys((node.responses ?? {}) as Node).find((status) =>
    status.startsWith('2'),
  );
  const stateErrors = (node['x-as-errors'] ?? []) as StateError[];
  for (const error of stateErrors) {
    if (typeof error.id !== 'string' || typeof error.code !== 'string') {
      throw new Error(
        `Failed to read the spec: an x-as-errors entry of ${operationId} has no id or code.`,
      );
    }
  }
  const model: OperationModel = {
    operationId,
    method: method.toUpperCase(),
    path,
    pointer: `/paths/${segment(path)}/${method}`,
    node,
    parameters,
    query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
    successStatus: Number(success),
    sdkOperation: typeof node['x-sdk-operation'] === 'string' ? node['x-sdk-operation'] : undefined,
    stateErrors,
    body: node.requestBody ? bodyModel(document, operationId, node.requestBody as Node) : undefined,
  };
  return model;
}

/** Every operation of the document, in its order. */
export function operationModels(document: Node): OperationModel[] {
  return Object.entries((document.paths ?? {}) as Record<string, Node>).flatMap(([path, item]) =>
    methods
      .filter((method) => typeof (item[method] as Node | undefined)?.operationId === 'string')
      .map((method) => operationModel(document, path, item, method, item[method] as Node)),
  );
}
