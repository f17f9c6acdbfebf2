namespace NewsSite.Web.Models;

// What a save of a published story was: a minor fix (a typo) changes nothing readers are told; an update or a
// correction moves "آخر تحديث" and dateModified, and a correction adds a note at the foot of the story.
public enum ChangeKind
{
    Minor,
    Update,
    Correction,
}
