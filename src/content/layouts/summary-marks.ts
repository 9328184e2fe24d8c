/** Emoji a summary opens or closes with (`🤔 Click to reveal answer`, `Answer 👇`): they say nothing on paper. */
const MARKS_AROUND = /^[\s\p{Extended_Pictographic}\uFE0F\u200D]+|[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/gu;

/** A summary's words less the emoji around them, so that `💡 Show answer` labels the answer as `Show answer` does. */
export const withoutMarks = (text: string): string => text.replace(MARKS_AROUND, '');
