import { html, nothing, type TemplateResult } from 'lit';

/** One group of radio buttons with a visible legend and hint: the accessible single choice of every element. */
export interface ChoiceGroup<V extends string> {
  /** Name of the radio group; also `data-question` on the fieldset and the hint's id prefix. */
  name: string;
  legend: string | TemplateResult;
  hint?: string;
  options: readonly (readonly [V, string])[];
  value: V | undefined;
  onChange: (v: V) => void;
  /** Language of the option labels when they are pack text in another language than the UI. */
  lang?: string | undefined;
}

/**
 * Native radios in a fieldset: arrow keys move and choose, the legend names the group, the hint describes it.
 * Labels are plain text (pack text never becomes HTML).
 */
export function choiceGroup<V extends string>(g: ChoiceGroup<V>): TemplateResult {
  const hintId = `${g.name}-hint`;
  return html`<fieldset data-question=${g.name} aria-describedby=${g.hint ? hintId : nothing}>
    <legend>${g.legend}</legend>
    ${g.hint ? html`<p class="hint" id=${hintId}>${g.hint}</p>` : nothing}
    <div class="choices">
      ${g.options.map(
        ([v, label]) => html`<label class="choice">
          <input type="radio" name=${g.name} value=${v} .checked=${g.value === v} @change=${() => g.onChange(v)} />
          <span lang=${g.lang ?? nothing}>${label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}
