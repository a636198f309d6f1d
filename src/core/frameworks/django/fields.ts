// Django model fields in Postgres terms: the column `models.CharField(max_length=80, null=True)`
// or `models.ForeignKey("shop.Customer", …)` adds, with its index and foreign key.
import type { Node } from '../../parsers/tree-sitter';
import { ident, type ColumnDef } from '../dsl/common';
import { arg, dotted, lastName, pyArgs, pyBool, pyDefault, pyNumber, pyStr, type PyArgs } from '../dsl/python';

const FIELD_TYPES: Record<string, string> = {
  AutoField: 'serial',
  BigAutoField: 'bigserial',
  SmallAutoField: 'smallserial',
  IntegerField: 'integer',
  BigIntegerField: 'bigint',
  SmallIntegerField: 'smallint',
  PositiveIntegerField: 'integer',
  PositiveBigIntegerField: 'bigint',
  PositiveSmallIntegerField: 'smallint',
  BooleanField: 'boolean',
  NullBooleanField: 'boolean',
  CharField: 'character varying',
  SlugField: 'character varying(50)',
  EmailField: 'character varying(254)',
  URLField: 'character varying(200)',
  TextField: 'text',
  DateField: 'date',
  DateTimeField: 'timestamp with time zone',
  TimeField: 'time',
  DurationField: 'interval',
  DecimalField: 'numeric',
  FloatField: 'double precision',
  UUIDField: 'uuid',
  JSONField: 'jsonb',
  BinaryField: 'bytea',
  GenericIPAddressField: 'inet',
  IPAddressField: 'inet',
  FileField: 'character varying(100)',
  ImageField: 'character varying(100)',
  FilePathField: 'character varying(100)',
  ArrayField: 'text[]',
  HStoreField: 'hstore',
  CICharField: 'citext',
  CITextField: 'citext',
  CIEmailField: 'citext',
  ForeignKey: 'bigint',
  OneToOneField: 'bigint',
};

export interface Field {
  column: ColumnDef;
  /** ForeignKey target table */
  fk?: string;
  index?: boolean;
  m2m?: boolean;
  /** A field with no column and no table of its own (a tag manager, a generic relation). */
  noColumn?: boolean;
  /**
   * A field class Django does not define (`AutoSlugField`, `RichTextField`, `WagtailImageField`):
   * its column type is a guess (a varchar of its `max_length`, else text), named here.
   */
  otherClass?: string;
  /** Its length is a name (`max_length=settings.CODE_LENGTH`), not a number: the exact type is unknown. */
  lengthUnknown?: boolean;
  /** Its column is named by `db_column=` (a RenameField leaves it as it is), not after the field. */
  dbColumn?: true;
  /** A ForeignKey or OneToOneField: its column is `<name>_id` unless `db_column=` says otherwise. */
  relation?: true;
  /** A GeneratedField: computed by the database, `stored` (`db_persist=True`) or `virtual`. */
  generated?: 'stored' | 'virtual';
  /** Its default is `db_default=` (Django 5.0+): the database keeps it. */
  dbDefault?: true;
  /** What Django fills existing rows with when it adds the column, then drops from it (see `effectiveDefault`). */
  fill?: Fill;
}

/** A value Django gives a column only while adding it: the field's `default=`, `''` for `blank=True`, or the time for `auto_now`. */
export interface Fill {
  sql: string;
  how: 'default' | 'blank' | 'auto_now';
}

/**
 * Fields whose empty value is a string (`empty_strings_allowed`, True for Django's `Field`, False for
 * numbers, dates, booleans, UUIDs, JSON, IP addresses, arrays and relations): CharField and its kin,
 * TextField, and BinaryField (`b""`).
 */
const EMPTY_STRINGS = new Set([
  'CharField',
  'SlugField',
  'EmailField',
  'URLField',
  'TextField',
  'FileField',
  'ImageField',
  'FilePathField',
  'CICharField',
  'CITextField',
  'CIEmailField',
  'BinaryField',
]);

/**
 * Django's `_effective_default` (base/schema.py): the field's `default=` (a callable is called once,
 * a constant for the migration); else, NOT NULL and `blank=True` on a field whose empty value is a
 * string, `''` (a third-party field given `max_length` is taken for a CharField); else, `auto_now` or
 * `auto_now_add`, the current time. `add_field` adds the column with it to fill the existing rows,
 * then drops it (Django keeps defaults in Python), unless `db_default=` puts one in the database.
 */
function effectiveDefault(kind: string, a: PyArgs, nullable: boolean): Fill | undefined {
  const d = a.keywords.get('default');
  if (d) return d.type === 'none' ? undefined : { sql: pyDefault(d), how: 'default' };
  const stringy = EMPTY_STRINGS.has(kind) || (!(kind in FIELD_TYPES) && a.keywords.has('max_length'));
  if (!nullable && pyBool(a.keywords.get('blank')) === true && stringy) return { sql: kind === 'BinaryField' ? "''::bytea" : "''", how: 'blank' };
  if (pyBool(a.keywords.get('auto_now')) || pyBool(a.keywords.get('auto_now_add'))) return { sql: "'now'", how: 'auto_now' };
  return undefined;
}

/**
 * Fields that add no column to the model's table: a many-to-many field gets a join table, a tag
 * manager (django-taggit's `TaggableManager`, modelcluster's `ClusterTaggableManager`, built on a
 * many-to-many through model) or a generic relation nothing at all.
 */
const isManyToMany = (kind: string) => /ManyToManyField$/.test(kind);
const isColumnless = (kind: string) => /TaggableManager$/.test(kind) || kind === 'GenericRelation';

/** The table a ForeignKey's `to` names: `"shop.Customer"` is shop_customer, a model of this app its table. */
function refTable(node: Node | undefined, tableOf: (model: string) => string | undefined): string {
  const s = node ? pyStr(node) : undefined;
  if (!s) return dotted(node).endsWith('AUTH_USER_MODEL') || !node ? 'auth_user' : 'auth_user';
  if (s.includes('.')) {
    const [app, model] = s.split('.') as [string, string];
    return `${app.toLowerCase()}_${model.toLowerCase()}`;
  }
  return tableOf(s)!;
}

/** The column a field adds (ForeignKey: `<name>_id`, with its index and referenced table). */
export function readField(name: string, node: Node | undefined, tableOf: (model: string) => string | undefined): Field | undefined {
  if (!node || node.type !== 'call') return undefined;
  const fn = node.childForFieldName('function');
  const kind = fn ? lastName(fn) : '';
  const a = pyArgs(node);
  if (isManyToMany(kind)) return { column: { name, type: 'bigint' }, m2m: true };
  if (isColumnless(kind)) return { column: { name, type: 'bigint' }, noColumn: true };
  if (kind === 'GeneratedField') return generatedField(name, a, tableOf);
  let type = FIELD_TYPES[kind] ?? 'text';
  const maxLength = pyNumber(a.keywords.get('max_length'));
  // CharField and its kin (EmailField, SlugField, URLField, FileField) take max_length; so do the
  // third-party CharField subclasses a migration names (CountryField, PhoneNumberField…), whose
  // column is a varchar of that length.
  if (maxLength !== undefined && (type.startsWith('character varying') || !(kind in FIELD_TYPES))) type = `character varying(${maxLength})`;
  const lengthUnknown = maxLength === undefined && a.keywords.has('max_length');
  if (lengthUnknown && !(kind in FIELD_TYPES)) type = 'character varying';
  const digits = pyNumber(a.keywords.get('max_digits'));
  const places = pyNumber(a.keywords.get('decimal_places'));
  if (kind === 'DecimalField' && digits !== undefined) type = `numeric(${digits}, ${places ?? 0})`;
  const isFk = kind === 'ForeignKey' || kind === 'OneToOneField';
  const column: ColumnDef = { name: pyStr(a.keywords.get('db_column')) ?? (isFk ? `${name}_id` : name), type };
  if (pyBool(a.keywords.get('primary_key'))) column.primaryKey = true;
  // Django's Postgres backend writes the positive fields' check in the column, also in an added
  // one (data_type_check_constraints in django/db/backends/postgresql/base.py; BaseDatabaseSchemaEditor.add_field).
  if (kind.startsWith('Positive') && kind in FIELD_TYPES) column.check = `${ident(column.name)} >= 0`;
  // NullBooleanField is a BooleanField whose __init__ sets `null=True` whatever it is given.
  const nullable = kind === 'NullBooleanField' || pyBool(a.keywords.get('null')) === true;
  if (!nullable && !column.primaryKey) column.notNull = true;
  const dbDefault = a.keywords.get('db_default');
  const dflt = dbDefault ?? a.keywords.get('default');
  if (dflt && dflt.type !== 'none') column.default = pyDefault(dflt);
  if (pyBool(a.keywords.get('unique')) || kind === 'OneToOneField') column.unique = true;
  const f: Field = { column };
  const fill = dbDefault ? undefined : effectiveDefault(kind, a, nullable);
  if (dbDefault) f.dbDefault = true;
  if (fill) f.fill = fill;
  if (lengthUnknown) f.lengthUnknown = true;
  if (!(kind in FIELD_TYPES)) f.otherClass = kind;
  if (a.keywords.has('db_column')) f.dbColumn = true;
  if (isFk) f.relation = true;
  if (isFk) {
    f.fk = refTable(arg(a, 0, 'to'), tableOf);
    if (pyBool(a.keywords.get('db_constraint')) === false) f.fk = undefined;
    f.index = pyBool(a.keywords.get('db_index')) !== false && kind !== 'OneToOneField';
  } else if (pyBool(a.keywords.get('db_index'))) f.index = true;
  return f;
}

/**
 * `GeneratedField(expression=…, output_field=…, db_persist=…)` (Django 5.0): a column of the output
 * field's type that the database computes, `GENERATED ALWAYS AS (…) STORED` when `db_persist=True`
 * (the only kind Postgres had before 18; an unreadable `db_persist` is taken as stored). It is NOT
 * NULL unless `null=True`, and takes no default: the output field's `default=` is not the column's.
 */
function generatedField(name: string, a: PyArgs, tableOf: (model: string) => string | undefined): Field {
  const output = readField(name, a.keywords.get('output_field'), tableOf);
  const column: ColumnDef = { name: pyStr(a.keywords.get('db_column')) ?? name, type: output?.column.type ?? 'text' };
  if (pyBool(a.keywords.get('null')) !== true) column.notNull = true;
  const f: Field = { column, generated: pyBool(a.keywords.get('db_persist')) === false ? 'virtual' : 'stored' };
  if (output?.lengthUnknown) f.lengthUnknown = true;
  if (a.keywords.has('db_column')) f.dbColumn = true;
  return f;
}
