package org.guidepost.search;

import java.util.ArrayList;
import java.util.List;

/** Thirty short English and Vietnamese breastfeeding pages that share terms, for the search tests. */
final class BreastfeedingCorpus {

    private BreastfeedingCorpus() {
    }

    static List<SearchDocument> documents() {
        List<SearchDocument> docs = new ArrayList<>();
        en(docs, "increase-milk-supply", "Increasing milk supply", "How to make more breast milk by feeding often and resting.",
                List.of("Feed often", "Rest and drink water"),
                "Milk supply follows demand. Every time the baby feeds, the hormone prolactin tells the breasts to make more milk. "
                        + "Feed eight to twelve times a day, including at night, when prolactin levels are highest. "
                        + "Drink about 2.5 to 3 litres of water a day and rest when the baby sleeps.",
                List.of("Breastfeeding", "Milk supply"), List.of("Nurturing young children"));
        en(docs, "let-down-reflex", "The let-down reflex", "Oxytocin releases milk from the breast.",
                List.of("What oxytocin does", "Helping the reflex"),
                "The let-down reflex is caused by oxytocin. When the baby suckles, oxytocin makes the cells around the milk "
                        + "glands contract and push milk out. Stress and pain can slow the reflex; warmth, skin contact and a calm "
                        + "room help it. Prolactin makes the milk, oxytocin moves it.",
                List.of("Breastfeeding"), List.of("Nurturing young children"));
        en(docs, "colostrum", "Colostrum, the first milk", "The thick yellow milk of the first days protects the newborn.",
                List.of("Why colostrum matters"),
                "Colostrum is the first milk the breasts make. It is thick and yellow and rich in antibodies that protect "
                        + "the newborn from infection. Feed the baby within the first hour after birth so the baby gets colostrum.",
                List.of("Newborn", "Breastfeeding"), List.of());
        en(docs, "good-latch", "A good latch", "Signs that the baby is attached well at the breast.",
                List.of("Signs of a good latch", "When it hurts"),
                "A good latch means the baby takes a large part of the areola into the mouth. The chin touches the breast, "
                        + "the lips are turned out and you hear swallowing. A poor latch causes sore nipples and low milk transfer.",
                List.of("Breastfeeding", "Latch"), List.of("Lactation blog"));
        en(docs, "sore-nipples", "Sore and cracked nipples", "Most nipple pain comes from a poor latch and can be fixed.",
                List.of("Causes", "Treatment"),
                "Sore nipples in the first week are common, but cracked nipples are a sign of a poor latch. Correct the latch, "
                        + "let a few drops of breast milk dry on the nipple and keep feeding from both breasts.",
                List.of("Latch", "Problems"), List.of("Lactation blog"));
        en(docs, "mastitis", "Mastitis", "A painful, red and hot area of the breast needs frequent feeding and sometimes a doctor.",
                List.of("Symptoms", "When to see a doctor"),
                "Mastitis is an inflammation of the breast. The breast is red, hot and painful and the mother may have a fever. "
                        + "Keep feeding often from the affected breast so that milk keeps flowing. See a doctor if the fever lasts "
                        + "more than a day.",
                List.of("Problems"), List.of("Nurturing young children"));
        en(docs, "engorgement", "Breast engorgement", "Full, hard breasts in the first days ease with frequent feeds.",
                List.of("Relief"),
                "Engorgement happens when milk comes in and the breasts become full, hard and tender. Frequent feeding, "
                        + "expressing a little milk and cold compresses after feeds bring relief.",
                List.of("Problems", "Milk supply"), List.of());
        en(docs, "expressing-milk", "Expressing breast milk by hand", "Expressing by hand helps with engorgement and when you are apart from your baby.",
                List.of("Step by step"),
                "Wash your hands. Massage the breast gently, then press and release with the thumb and finger behind the areola. "
                        + "Expressing milk by hand is free and works well; oxytocin helps the milk flow when you look at your baby.",
                List.of("Expressing", "Milk supply"), List.of("Nurturing young children"));
        en(docs, "storing-milk", "Storing expressed milk", "How long expressed breast milk keeps at room temperature, in the fridge and in the freezer.",
                List.of("Room temperature", "Fridge and freezer"),
                "Expressed breast milk keeps for four hours at room temperature, four days in the fridge and six months in the "
                        + "freezer. Label the container with the date and use the oldest milk first.",
                List.of("Expressing"), List.of());
        en(docs, "working-mothers", "Breastfeeding and going back to work", "Plan expressing and storage before returning to work.",
                List.of("Before you return", "At work"),
                "Start expressing milk two weeks before you return to work. At work, express every three hours to keep the "
                        + "milk supply. A family member can feed the stored milk with a cup.",
                List.of("Expressing", "Milk supply"), List.of("Lactation blog"));
        en(docs, "mother-nutrition", "Eating well while breastfeeding", "A breastfeeding mother needs more energy, water and iron.",
                List.of("Energy", "Water"),
                "A breastfeeding mother needs about 500 extra calories a day. Eat rice, meat, fish, eggs, beans and vegetables, "
                        + "and drink water whenever you feed the baby. Avoid alcohol.",
                List.of("Nutrition"), List.of("Nurturing young children"));
        en(docs, "newborn-jaundice", "Jaundice in newborns", "Yellow skin in the first week is common; frequent feeding helps clear it.",
                List.of("Warning signs"),
                "Many newborns have yellow skin in the first week. Frequent breastfeeding helps the baby pass stools and clear "
                        + "the jaundice. See a health worker if the yellow colour spreads to the legs or the baby is too sleepy to feed.",
                List.of("Newborn", "Problems"), List.of());
        en(docs, "night-feeding", "Feeding at night", "Night feeds keep prolactin high and the milk supply strong.",
                List.of("Safe sleep"),
                "Prolactin is highest at night, so night feeding protects the milk supply. Keep the baby close, feed lying "
                        + "down if you are tired, and follow safe sleep advice.",
                List.of("Milk supply", "Breastfeeding"), List.of());
        en(docs, "skin-to-skin", "Skin-to-skin contact", "Holding the baby against your skin calms both of you and starts breastfeeding.",
                List.of("After birth"),
                "Skin-to-skin contact right after birth keeps the newborn warm, steadies breathing and releases oxytocin in the "
                        + "mother, which helps the let-down reflex and the first feed.",
                List.of("Newborn"), List.of());
        en(docs, "feeding-cues", "Hunger cues", "Feed when the baby shows early hunger signs, before crying.",
                List.of("Early cues", "Late cues"),
                "Early hunger cues are rooting, sucking on hands and turning the head. Crying is a late cue. Feeding on cue "
                        + "helps the milk supply and a calm latch.",
                List.of("Breastfeeding", "Latch"), List.of());
        en(docs, "medicines", "Medicines while breastfeeding", "Most medicines are safe; ask a health worker first.",
                List.of(),
                "Most common medicines pass into breast milk only in small amounts. Paracetamol is safe. Tell the health "
                        + "worker that you are breastfeeding before taking any medicine.",
                List.of("Problems"), List.of());

        vi(docs, "tang-tiet-sua", "Cách tăng tiết sữa mẹ", "Cho bú thường xuyên và nghỉ ngơi đủ để có nhiều sữa mẹ.",
                List.of("Cho bú thường xuyên", "Uống đủ nước"),
                "Sữa mẹ được tạo ra theo nhu cầu của bé. Mỗi lần bé bú, hormone prolactin báo cho vú tạo thêm sữa. "
                        + "Cho bé bú 8 đến 12 lần mỗi ngày, cả ban đêm. Mẹ nên uống khoảng 2,5 đến 3 lít nước mỗi ngày.",
                List.of("Nuôi con bằng sữa mẹ", "Lượng sữa"), List.of("Chăm sóc trẻ nhỏ"));
        vi(docs, "phan-xa-xuong-sua", "Phản xạ xuống sữa", "Oxytocin giúp sữa chảy ra khi bé bú.",
                List.of("Vai trò của oxytocin"),
                "Phản xạ xuống sữa do oxytocin gây ra. Khi bé mút, oxytocin làm các tế bào quanh tuyến sữa co lại và đẩy sữa ra. "
                        + "Căng thẳng và đau làm chậm phản xạ; sự ấm áp và tiếp xúc da kề da giúp sữa chảy tốt hơn.",
                List.of("Nuôi con bằng sữa mẹ"), List.of("Chăm sóc trẻ nhỏ"));
        vi(docs, "sua-non", "Sữa non", "Sữa non đặc và vàng, bảo vệ trẻ sơ sinh khỏi nhiễm trùng.",
                List.of("Vì sao sữa non quan trọng"),
                "Sữa non là dòng sữa đầu tiên. Sữa non đặc, màu vàng, giàu kháng thể bảo vệ trẻ sơ sinh. "
                        + "Cho bé bú trong giờ đầu sau sinh để bé nhận được sữa non.",
                List.of("Trẻ sơ sinh"), List.of());
        vi(docs, "ngam-bat-vu", "Cách ngậm bắt vú đúng", "Dấu hiệu bé ngậm bắt vú tốt.",
                List.of("Dấu hiệu ngậm đúng"),
                "Khi ngậm bắt vú đúng, bé ngậm sâu cả quầng vú, cằm chạm vú, môi dưới đưa ra ngoài và mẹ nghe tiếng nuốt. "
                        + "Ngậm sai làm đau đầu vú và bé bú không đủ sữa.",
                List.of("Ngậm bắt vú"), List.of("Blog nuôi con"));
        vi(docs, "tac-tia-sua", "Tắc tia sữa và viêm vú", "Vú sưng đỏ, nóng và đau cần cho bú thường xuyên.",
                List.of("Triệu chứng", "Khi nào cần gặp bác sĩ"),
                "Viêm vú làm vú đỏ, nóng, đau và mẹ có thể bị sốt. Tiếp tục cho bé bú bên vú bị đau để sữa được lưu thông. "
                        + "Đi khám bác sĩ nếu sốt kéo dài hơn một ngày.",
                List.of("Vấn đề thường gặp"), List.of("Chăm sóc trẻ nhỏ"));
        vi(docs, "vat-sua", "Vắt sữa bằng tay", "Vắt sữa bằng tay giúp giảm căng sữa và dự trữ sữa mẹ.",
                List.of("Các bước"),
                "Rửa tay sạch. Xoa bóp nhẹ bầu vú, đặt ngón cái và ngón trỏ sau quầng vú rồi ấn và thả. "
                        + "Nhìn con hoặc ảnh của con giúp oxytocin tiết ra và sữa chảy dễ hơn.",
                List.of("Vắt sữa"), List.of("Chăm sóc trẻ nhỏ"));
        vi(docs, "bao-quan-sua", "Bảo quản sữa mẹ đã vắt", "Sữa mẹ giữ được bao lâu ở nhiệt độ phòng, ngăn mát và ngăn đá.",
                List.of("Nhiệt độ phòng", "Tủ lạnh"),
                "Sữa mẹ đã vắt giữ được bốn giờ ở nhiệt độ phòng, bốn ngày trong ngăn mát và sáu tháng trong ngăn đá. "
                        + "Ghi ngày vắt lên hộp đựng và dùng sữa cũ trước.",
                List.of("Vắt sữa"), List.of());
        vi(docs, "dinh-duong-me", "Dinh dưỡng cho mẹ cho con bú", "Mẹ cho con bú cần thêm năng lượng, nước và sắt.",
                List.of("Năng lượng", "Nước uống"),
                "Mẹ cho con bú cần thêm khoảng 500 kcal mỗi ngày. Ăn cơm, thịt, cá, trứng, đậu và rau xanh. "
                        + "Uống nước mỗi lần cho bé bú. Hạn chế đồ ngọt và đường, không uống rượu.",
                List.of("Dinh dưỡng"), List.of("Chăm sóc trẻ nhỏ"));
        vi(docs, "vang-da", "Vàng da ở trẻ sơ sinh", "Vàng da trong tuần đầu thường gặp; bú nhiều giúp giảm vàng da.",
                List.of("Dấu hiệu nguy hiểm"),
                "Nhiều trẻ sơ sinh bị vàng da trong tuần đầu. Bú mẹ thường xuyên giúp bé đi ngoài và giảm vàng da. "
                        + "Đưa bé đi khám nếu vàng lan xuống chân hoặc bé ngủ li bì, bú kém.",
                List.of("Trẻ sơ sinh", "Vấn đề thường gặp"), List.of());
        vi(docs, "bu-dem", "Cho bú ban đêm", "Bú đêm giữ prolactin cao và duy trì lượng sữa.",
                List.of("Ngủ an toàn"),
                "Prolactin cao nhất vào ban đêm, vì vậy cho bú đêm giúp duy trì lượng sữa mẹ. Để bé nằm gần mẹ "
                        + "và cho bú ở tư thế nằm nếu mẹ mệt.",
                List.of("Lượng sữa"), List.of());
        vi(docs, "da-ke-da", "Tiếp xúc da kề da", "Da kề da giữ ấm cho bé và giúp bắt đầu bú mẹ sớm.",
                List.of("Sau sinh"),
                "Tiếp xúc da kề da ngay sau sinh giữ ấm trẻ sơ sinh, giúp bé thở đều và làm tiết oxytocin ở mẹ.",
                List.of("Trẻ sơ sinh"), List.of());
        vi(docs, "me-di-lam", "Mẹ đi làm vẫn nuôi con bằng sữa mẹ", "Chuẩn bị vắt và trữ sữa trước khi đi làm lại.",
                List.of("Trước khi đi làm", "Tại nơi làm việc"),
                "Bắt đầu vắt sữa hai tuần trước khi đi làm lại. Ở nơi làm việc, vắt sữa mỗi ba giờ để duy trì lượng sữa. "
                        + "Người nhà có thể cho bé uống sữa đã trữ bằng cốc.",
                List.of("Vắt sữa", "Lượng sữa"), List.of("Blog nuôi con"));
        vi(docs, "tieu-duong-thai-ky", "Mẹ bị tiểu đường thai kỳ", "Cho con bú giúp ổn định đường huyết của mẹ.",
                List.of("Đường huyết"),
                "Mẹ bị tiểu đường thai kỳ nên cho con bú sớm. Bú mẹ giúp ổn định đường huyết của mẹ và của bé. "
                        + "Theo dõi đường huyết theo hướng dẫn của bác sĩ.",
                List.of("Dinh dưỡng", "Vấn đề thường gặp"), List.of());
        return docs;
    }

    private static void en(List<SearchDocument> docs, String slug, String title, String summary, List<String> headings,
            String body, List<String> topics, List<String> sources) {
        docs.add(new SearchDocument("en", "en/guides/" + slug + "/index.html", title, summary, headings, body, topics, sources));
    }

    private static void vi(List<SearchDocument> docs, String slug, String title, String summary, List<String> headings,
            String body, List<String> topics, List<String> sources) {
        docs.add(new SearchDocument("vi", "vi/guides/" + slug + "/index.html", title, summary, headings, body, topics, sources));
    }
}
