import type { GraphQLError } from 'graphql';
import {
  ERRORS,
  Variable,
  isCompositeType,
  isCustomScalarType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  typenameFieldName,
  type CompositeType,
  type Directive,
  type FieldSelection,
  type Operation,
  type OutputType,
  type Schema,
  type SelectionSet,
} from '@apollo/federation-internals';

/**
 * @apollo/gateway's result shaping (`computeResponse` in its resultShaping.js, 2.14.4: the
 * subgraphs' merged data cut down to what the operation selected, `__typename`s filled in, nulls
 * bubbled up to the nearest nullable field, leaf values checked) with the same walk and the same
 * errors, over a tree compiled once per document instead of the operation's federation objects.
 * The stock walk asks those objects on every request and every list element for what never
 * changes: each selection's element, field definition, response name, `@skip`/`@include`
 * directives, the wrapped types, whether a type condition applies to a typename.
 */

/** A `@skip`/`@include` condition: constant, or a variable (the directive kept for the stock error message). */
type Condition = { variable: Variable; directive: AnyDirective } | boolean | undefined;
type AnyDirective = Directive<never, { if: boolean | Variable }>;

interface CompiledField {
  kind: 'field';
  responseName: string;
  skip: Condition;
  include: Condition;
  isIntrospection: boolean;
  isTypename: boolean;
  type: CompiledType;
  selectionSet: CompiledSelection[] | undefined;
  source: FieldSelection;
}

interface CompiledFragment {
  kind: 'fragment';
  skip: Condition;
  include: Condition;
  typeCondition: CompositeType | undefined;
  selectionSet: CompiledSelection[];
  /** `typeConditionApplies` by the input's `__typename`, then by the parent type when it has none. */
  byTypename: Map<string, boolean>;
  byParent: Map<CompositeType, boolean>;
}

type CompiledSelection = CompiledField | CompiledFragment;

type LeafKind = 'custom' | 'boolean' | 'int' | 'id' | 'float' | 'string' | 'enum';

type CompiledType =
  | { kind: 'nonNull'; type: OutputType; of: CompiledType }
  | { kind: 'list'; type: OutputType; of: CompiledType }
  | { kind: 'composite'; type: CompositeType }
  | { kind: 'leaf'; type: OutputType; leaf: LeafKind };

export interface CompiledShape {
  operation: Operation;
  selectionSet: CompiledSelection[];
  rootType: CompositeType;
  defaultedVariables: Record<string, unknown>;
}

interface Parameters {
  schema: Schema;
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  introspectionHandling: (selection: FieldSelection) => unknown;
  /** What the last `updateOutputValue` returned beside its value (the stock `isInvalid`, `hasErrors`), read at once by its caller: no object a value. */
  flags: number;
}

const INVALID = 1;
const HAS_ERRORS = 2;

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
const enum_ = 'enum';

export function compileShape(operation: Operation): CompiledShape {
  const schema = operation.schema();
  const rootType = schema.schemaDefinition.rootType(operation.rootKind) as CompositeType | undefined;
  if (!rootType) throw new Error(`the schema has no ${operation.rootKind} root`);
  return {
    operation,
    selectionSet: compileSelectionSet(schema, operation.selectionSet),
    rootType,
    defaultedVariables: operation.collectDefaultedVariableValues(),
  };
}

function compileSelectionSet(schema: Schema, selectionSet: SelectionSet): CompiledSelection[] {
  return selectionSet.selections().map((selection): CompiledSelection => {
    const element = selection.element;
    const skip = conditionOf(element.appliedDirectivesOf(schema.skipDirective())[0] as AnyDirective | undefined);
    const include = conditionOf(element.appliedDirectivesOf(schema.includeDirective())[0] as AnyDirective | undefined);
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      return {
        kind: 'field',
        responseName: field.responseName(),
        skip,
        include,
        isIntrospection: field.definition.isSchemaIntrospectionField(),
        isTypename: field.name === typenameFieldName,
        type: compileType(schema, field.definition.type!),
        selectionSet: selection.selectionSet ? compileSelectionSet(schema, selection.selectionSet) : undefined,
        source: selection,
      };
    }
    return {
      kind: 'fragment',
      skip,
      include,
      typeCondition: selection.element.typeCondition,
      selectionSet: compileSelectionSet(schema, selection.selectionSet),
      byTypename: new Map(),
      byParent: new Map(),
    };
  });
}

function conditionOf(directive: AnyDirective | undefined): Condition {
  if (!directive) return undefined;
  const value = directive.arguments().if;
  return value instanceof Variable ? { variable: value, directive } : value;
}

function compileType(schema: Schema, type: OutputType): CompiledType {
  if (isNonNullType(type)) return { kind: 'nonNull', type, of: compileType(schema, type.ofType) };
  if (isListType(type)) return { kind: 'list', type, of: compileType(schema, type.ofType) };
  if (isCompositeType(type)) return { kind: 'composite', type };
  let leaf: LeafKind = 'string';
  if (isCustomScalarType(type)) leaf = 'custom';
  else if (isEnumType(type)) leaf = enum_;
  else if (type === schema.booleanType()) leaf = 'boolean';
  else if (type === schema.intType()) leaf = 'int';
  else if (type === schema.idType()) leaf = 'id';
  else if (type === schema.floatType()) leaf = 'float';
  return { kind: 'leaf', type, leaf };
}

export function shapeResponse(
  shape: CompiledShape,
  variables: Record<string, unknown> | undefined,
  input: Record<string, unknown> | null | undefined,
  introspectionHandling: (selection: FieldSelection) => unknown,
): { data: Record<string, unknown> | null | undefined; errors: GraphQLError[] } {
  if (!input) return { data: input, errors: [] };
  const parameters: Parameters = {
    schema: shape.operation.schema(),
    variables: { __proto__: null, ...shape.defaultedVariables, ...variables },
    errors: [],
    introspectionHandling,
    flags: 0,
  };
  const data: Record<string, unknown> = Object.create(null);
  const bubbled = applySelectionSet(input, shape.selectionSet, data, parameters, [], shape.rootType);
  return { data: bubbled ? null : data, errors: parameters.errors };
}

function isSkipped(selection: CompiledSelection, variables: Record<string, unknown>): boolean {
  const { skip, include } = selection;
  if (skip === undefined && include === undefined) return false;
  return (skip !== undefined && valueOf(skip, variables)) || (include !== undefined && !valueOf(include, variables));
}

function valueOf(condition: NonNullable<Condition>, variables: Record<string, unknown>): boolean {
  if (typeof condition === 'boolean') return condition;
  const value = variables[condition.variable.name];
  if (typeof value !== 'boolean') throw new Error(`Unexpected value ${value} for variable ${condition.variable} of ${condition.directive}`);
  return value;
}

/** True when a null bubbles up past this selection set (the stock `ApplyResult.NULL_BUBBLE_UP`). */
function applySelectionSet(
  input: Record<string, unknown>,
  selections: CompiledSelection[],
  output: Record<string, unknown>,
  parameters: Parameters,
  path: (string | number)[],
  parentType: CompositeType,
): boolean {
  for (const selection of selections) {
    if (isSkipped(selection, parameters.variables)) continue;
    if (selection.kind === 'field') {
      const { responseName } = selection;
      const outputValue = output[responseName];
      if (selection.isIntrospection) {
        if (outputValue === undefined) output[responseName] = parameters.introspectionHandling(selection.source);
        continue;
      }
      let inputValue = (Object.hasOwn(input, responseName) ? input[responseName] : undefined) ?? null;
      if (selection.isTypename) {
        if (outputValue === undefined) {
          if (inputValue === null && responseName !== typenameFieldName) inputValue = input[typenameFieldName] ?? null;
          const type = typeof inputValue === 'string' ? (parameters.schema.type(inputValue) ?? parentType) : parentType;
          if (!isObjectType(type)) return true;
          output[responseName] = type.name;
        }
        continue;
      }
      path.push(responseName);
      const updated = updateOutputValue(outputValue, selection.type, inputValue, selection.selectionSet, path, parameters, parentType);
      output[responseName] = updated;
      path.pop();
      if (parameters.flags & INVALID) return true;
    } else {
      const typename = input[typenameFieldName];
      if (typename && typeof typename !== 'string') throw new Error(`Got unexpected value for __typename: ${String(typename)}`);
      if (typeConditionApplies(selection, parameters.schema, typename as string | undefined, parentType)) {
        const bubbled = applySelectionSet(input, selection.selectionSet, output, parameters, path, selection.typeCondition ?? parentType);
        if (bubbled) return true;
      }
    }
  }
  return false;
}

function typeConditionApplies(
  fragment: CompiledFragment,
  schema: Schema,
  typename: string | undefined,
  parentType: CompositeType,
): boolean {
  const condition = fragment.typeCondition;
  if (!condition) return true;
  if (typename) {
    let applies = fragment.byTypename.get(typename);
    if (applies === undefined) {
      const type = schema.type(typename);
      applies = !!type && isSubtype(condition, type);
      fragment.byTypename.set(typename, applies);
    }
    return applies;
  }
  let applies = fragment.byParent.get(parentType);
  if (applies === undefined) fragment.byParent.set(parentType, (applies = isSubtype(condition, parentType)));
  return applies;
}

function describeLast(path: (string | number)[], currentType: OutputType, parentType: CompositeType): string {
  const element = path[path.length - 1];
  return typeof element === 'string' ? `field ${parentType}.${element}` : `array element of type ${currentType} at index ${element}`;
}

function updateOutputValue(
  outputValue: unknown,
  type: CompiledType,
  inputValue: unknown,
  selectionSet: CompiledSelection[] | undefined,
  path: (string | number)[],
  parameters: Parameters,
  parentType: CompositeType,
): unknown {
  if (inputValue === undefined) throw new Error('Should not pass undefined for `inputValue` to this method');
  parameters.flags = 0;
  if (outputValue === null || (outputValue !== undefined && !selectionSet)) return outputValue;
  switch (type.kind) {
    case 'nonNull': {
      const updated = updateOutputValue(outputValue, type.of, inputValue, selectionSet, path, parameters, parentType);
      if (updated !== null) {
        parameters.flags = 0;
        return updated;
      }
      if (!(parameters.flags & HAS_ERRORS)) {
        const description = describeLast(path, type.of.type, parentType);
        parameters.errors.push(ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${description}.`, { path: [...path] }));
      }
      parameters.flags = INVALID | HAS_ERRORS;
      return updated;
    }
    case 'list': {
      if (inputValue === null) return null;
      if (!Array.isArray(inputValue))
        throw new Error(`Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${type.type}`);
      if (outputValue !== undefined && !Array.isArray(outputValue))
        throw new Error(`Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${type.type}`);
      const outputs = outputValue as unknown[] | undefined;
      if (outputs && outputs.length !== inputValue.length)
        throw new Error(`[${String(inputValue)}].length (${inputValue.length}) !== [${String(outputs)}].length (${outputs.length})`);
      let shouldNullify = false;
      let hasErrors = false;
      const updated = new Array<unknown>(inputValue.length);
      for (let i = 0; i < inputValue.length; i++) {
        path.push(i);
        updated[i] = updateOutputValue(outputs?.[i], type.of, inputValue[i], selectionSet, path, parameters, parentType);
        path.pop();
        shouldNullify ||= (parameters.flags & INVALID) !== 0;
        hasErrors ||= (parameters.flags & HAS_ERRORS) !== 0;
      }
      parameters.flags = hasErrors ? HAS_ERRORS : 0;
      return shouldNullify ? null : updated;
    }
    case 'composite': {
      if (inputValue === null) return null;
      if (!selectionSet) throw new Error(`Invalid empty selection set for composite type ${type.type}`);
      if (typeof inputValue !== 'object')
        throw new Error(`Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type.type}`);
      if (outputValue !== undefined && typeof outputValue !== 'object')
        throw new Error(`Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type.type}`);
      const input = inputValue as Record<string, unknown>;
      const inputTypename = input[typenameFieldName];
      if (inputTypename !== undefined && typeof inputTypename !== 'string')
        throw new Error(`Invalid non-string value ${String(inputTypename)} for __typename at ${path.join(',')}`);
      let objectType: CompositeType = type.type;
      if (inputTypename) {
        const typenameType = parameters.schema.type(inputTypename);
        if (!typenameType || !isCompositeType(typenameType)) {
          const description = describeLast(path, type.type, parentType);
          parameters.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${description}.`, { path: [...path] }));
          parameters.flags = HAS_ERRORS;
          return null;
        }
        objectType = typenameType;
      }
      const output = (outputValue as Record<string, unknown> | undefined) ?? Object.create(null);
      const bubbled = applySelectionSet(input, selectionSet, output, parameters, path, objectType);
      parameters.flags = bubbled ? HAS_ERRORS : 0;
      return bubbled ? null : output;
    }
    case 'leaf': {
      if (inputValue === null) return null;
      if (outputValue !== undefined) throw new Error(`Excepted output to be undefined but got ${type.type} for type ${type.type}`);
      const isValid = isValidLeaf(type, inputValue);
      if (!isValid) {
        const description = describeLast(path, type.type, parentType);
        parameters.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${description}.`, { path: [...path] }));
      }
      parameters.flags = isValid ? 0 : HAS_ERRORS;
      return isValid ? inputValue : null;
    }
  }
}

/** federation-internals' `isValidLeafValue`, its type tests decided once per field. */
function isValidLeaf({ leaf, type }: Extract<CompiledType, { kind: 'leaf' }>, value: unknown): boolean {
  if (leaf === 'custom') return true;
  if (typeof value === 'boolean') return leaf === 'boolean';
  if (typeof value === 'number' && Number.isFinite(value))
    return leaf === 'int' || leaf === 'id' ? INTEGER.test(String(value)) : leaf === 'float';
  if (typeof value === 'string') {
    if (leaf === enum_) return isEnumType(type) && type.value(value) !== undefined;
    return leaf !== 'boolean' && leaf !== 'int' && leaf !== 'float';
  }
  return false;
}
