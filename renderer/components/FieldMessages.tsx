/** The ids a field's `aria-describedby` names: its hint and its error, when shown. */
export const messageIds = (id: string, hint: string | undefined, error: string | null) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A field's hint and its error (announced), under the control, with the ids `messageIds` lists. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error: string | null }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="meta">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
