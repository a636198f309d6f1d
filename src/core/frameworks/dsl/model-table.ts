// The table an ORM model class is stored in by convention, for data written through the model in
// a migration (`Plan.update_all(…)`, `User::whereNull(…)->update(…)`): Rails' `tableize` and
// Laravel's default `$table` both snake-case the class name and pluralize its last word
// (`UserCategory` → `user_categories`, `Person` → `people`). A model that sets its own table name
// is not followed; the namespace (`Admin::Plan`, `\App\Models\Plan`) is left out, as both do by default.
import pluralize from 'pluralize';

export function modelTable(className: string): string {
  const last = className.split(/::|\\/).filter(Boolean).pop() ?? className;
  const snake = last
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase();
  const words = snake.split('_');
  words[words.length - 1] = pluralize(words[words.length - 1]!);
  return words.join('_');
}
